package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dead-letter metric counts facts set aside, not attempts: a rolled-back batch counts nothing (issue 11). */
class DeadLettersTest extends CaseServiceIntegrationTest {

    private static final TenantId CENTRE = TenantId.of("dead-letter-count");

    @Autowired
    private DeadLetters deadLetters;
    @Autowired
    private TenantDirectory tenants;
    @Autowired
    private MeterRegistry meters;

    private double counted() {
        Counter counter = meters.find(DeadLetters.METRIC).tag("centre", CENTRE.value()).counter();
        return counter == null ? 0 : counter.count();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from " + CENTRE.quotedSchemaName() + ".indicator_dead_letter",
                Long.class);
    }

    @Test
    void countsAFactSetAsideOnceWhenItsBatchRolledBackAndWasSetAsideAgain() throws Exception {
        provision(CENTRE.value());
        UUID id = UUID.randomUUID();
        String fact = "{\"id\":\"%s\",\"month\":\"0001-01\",\"type\":\"EVENT_HELD\"}".formatted(id);
        double before = counted();

        // The batch's transaction fails after the fact was set aside (say, deleting it from the outbox failed).
        assertThatThrownBy(() -> tenants.transactionsFor(CENTRE).executeWithoutResult(status -> {
            deadLetters.setAside(CENTRE, tenants.jdbcFor(CENTRE), id, fact, "facts[0].month: bad (field.format)");
            throw new IllegalStateException("outbox delete failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isZero();
        assertThat(counted()).isEqualTo(before);

        // The next run sets it aside again, and commits; a later resend of the same fact adds nothing.
        for (int run = 0; run < 2; run++) {
            tenants.transactionsFor(CENTRE).executeWithoutResult(status -> deadLetters.setAside(CENTRE,
                    tenants.jdbcFor(CENTRE), id, fact, "facts[0].month: bad (field.format)"));
        }
        assertThat(rows()).isEqualTo(1);
        assertThat(counted()).isEqualTo(before + 1);
    }
}
