package gr.kentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import gr.kentra.launcher.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long after a casework commit its fact is visible in reporting-service (outbox, relay, token, intake,
 * aggregates), on the real platform. Not part of {@code verify}: run with
 * {@code ./mvnw -pl deploy/system-tests verify -Dkentra.excluded-test-groups=none -Dit.test=FactLatencyBenchmarkIT}.
 * It prints the figures for BENCHMARKS.md.
 */
@Tag("benchmark")
class FactLatencyBenchmarkIT {

    private static final String CENTRE = "elefsina";
    private static final int SAMPLES = 60;

    @Test
    void measuresCommitToReportingLatency() throws Exception {
        Platform platform = SystemUnderTest.platform();
        String token = platform.keycloak().passwordGrant(CENTRE + "-social", "demo");
        long[] nanos = new long[SAMPLES];
        int before = facts(platform);
        for (int i = 0; i < SAMPLES; i++) {
            Http.Response created = Http.post(platform.gatewayUrl() + "/t/" + CENTRE + "/api/beneficiaries", token, """
                    {"firstName":"Δοκιμή","lastName":"Μέτρησης","dateOfBirth":"1980-01-%02d","gender":"FEMALE"}"""
                    .formatted(1 + i % 28));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long committed = System.nanoTime();
            while (facts(platform) < before + i + 1) {
                Thread.sleep(10);
                assertThat(System.nanoTime() - committed).as("fact never arrived").isLessThan(60_000_000_000L);
            }
            nanos[i] = System.nanoTime() - committed;
            Thread.sleep(200 + (i * 37) % 400);
        }
        Arrays.sort(nanos);
        System.out.printf("fact visible in reporting after commit, %d samples: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                SAMPLES, nanos[SAMPLES / 2] / 1e6, nanos[(int) Math.ceil(0.95 * SAMPLES) - 1] / 1e6,
                nanos[SAMPLES - 1] / 1e6);
    }

    private static int facts(Platform platform) throws SQLException {
        try (Connection db = platform.postgres().connect(Platform.REPORTING_DATABASE);
                Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from indicator_fact where tenant_id = '"
                        + CENTRE + "' and fact_type = 'BENEFICIARY_REGISTERED'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
