package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.registry.ReadinessInMemory;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What reading one person's record costs the database and Hibernate (the platform's hottest request), counted on
 * the real driver against the real PostgreSQL: a round trip, a flush or a dirty check that comes back fails here.
 */
class RecordReadCostsTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "record-read-costs";

    @Autowired
    private EntityManagerFactory factory;
    @Autowired
    private ApplicationContext context;

    private String person;

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
        person = registerPerson(CENTRE, "Ευτέρπη", "Αναγνώστου", "1984-02-29");
        // The centre's placement, the staff's roles and Hibernate's statements, as on a running service.
        read();
        read();
        // The tenant filter answers from memory once this instance listens to the registry's changes.
        ReadinessInMemory.awaitKept(context, CENTRE);
    }

    /**
     * Three round trips: the tenancy statement (BEGIN riding with it), the person with its audit line (one
     * statement), the commit, which releases the tenancy too; the centre's readiness (the tenant filter) comes from
     * memory. Before session 16: four (the tenancy's release was a round trip of its own). One auto-flush
     * check before that statement, which finds nothing pending; one flush, the commit's, which finds the person
     * read-only (nothing compared, no snapshot kept) and nothing else to write. Before session 15: six round trips
     * (the tenant filter asked the registry for the centre's readiness, and the audit line was a round trip of its
     * own, sent by the commit's flush) and the flush compared the person with its snapshot and checked the audit
     * line's entity.
     */
    @Test
    void aReadTakesThreeRoundTripsAndOneFlushThatComparesNothing() throws Exception {
        DatabaseCosts.Costs costs = DatabaseCosts.of(factory, this::read);

        assertThat(costs.roundTrips()).as(trace(costs)).isEqualTo(3);
        // BEGIN rides with the tenancy statement: one statement more than round trips.
        assertThat(costs.statements()).as(trace(costs)).isEqualTo(4);
        assertThat(costs.flushes()).as(trace(costs)).isEqualTo(1);
        assertThat(costs.autoFlushes()).as(trace(costs)).isEqualTo(1);
        assertThat(costs.entitiesChecked()).as(trace(costs)).isEqualTo(1);
        assertThat(costs.snapshotsCompared()).as(trace(costs)).isZero();
    }

    private static String trace(DatabaseCosts.Costs costs) {
        return costs + ":\n" + String.join("\n", costs.trace());
    }

    private Object read() throws Exception {
        return mvc.perform(in(CENTRE, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(status().isOk()).andReturn();
    }
}
