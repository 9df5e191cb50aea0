package gr.kentra.cases.tenancy.move;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's move figure, measured (not asserted): a centre of {@code kentra.bench.people} (default 2,000) people
 * registered through the API, each with its audit line and indicator fact, moved to cell-2 and back. Excluded
 * from {@code ./mvnw verify} by its tag; run it with
 * {@code ./mvnw -pl case-service test -Dkentra.excluded-test-groups=none -Dtest=TenantMoveBenchmark}.
 * Results: target/benchmarks/tenant-move.txt.
 */
@Tag("benchmark")
class TenantMoveBenchmark extends TwoCellMoveSupport {

    private static final int PEOPLE = Integer.getInteger("kentra.bench.people", 2000);

    @Test
    void measuresAMoveOfACentreWithTwoThousandPeople() throws Exception {
        String tenant = "bench-move-" + Long.toString(System.currentTimeMillis(), 36);
        provision(tenant);
        for (int i = 0; i < PEOPLE; i++) {
            mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries"), """
                    {"firstName":"Μετρήσιμη","lastName":"Πληθυσμού%d","dateOfBirth":"1970-01-01","gender":"FEMALE"}"""
                    .formatted(i))).andExpect(status().isCreated());
        }
        String schema = "t_" + tenant.replace('-', '_');
        List<String> report = new ArrayList<>();
        report.add("centre of %d people: %d audit lines, %d indicator facts".formatted(
                count(cellOne, schema, "beneficiary"), count(cellOne, schema, "audit_event"),
                count(cellOne, schema, "indicator_outbox")));
        for (String cell : List.of("cell-2", "cell-1", "cell-2")) {
            String body = move(tenant, cell).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            long rows = ((Number) JsonPath.read(body, "$.rowsCopied")).longValue();
            long total = ((Number) JsonPath.read(body, "$.durationMillis")).longValue();
            long refused = ((Number) JsonPath.read(body, "$.writesRefusedMillis")).longValue();
            report.add("move to %s: %d rows copied and verified, move %d ms, writes refused %d ms"
                    .formatted(cell, rows, total, refused));
        }
        Path out = Path.of("target/benchmarks/tenant-move.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
