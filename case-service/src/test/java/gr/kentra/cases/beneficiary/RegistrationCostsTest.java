package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.identifiers.GreekIdentifiers;
import gr.kentra.cases.tenancy.registry.ReadinessInMemory;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What registering a person costs the database (issue 15), counted on the real driver against the real
 * PostgreSQL: a round trip or a flush that comes back fails here (session 10's profile counted eight round trips
 * without the tenant filter's, five flushes and nine dirty checks). The registration as the benchmark sends it (no
 * AMKA) and with an AMKA, whose look-up of an earlier holder is one round trip more. The benchmark's read, a record
 * card: {@link RecordReadCostsTest}.
 */
class RegistrationCostsTest extends CaseServiceIntegrationTest {

    private static final String CENTRE = "registration-costs";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    private EntityManagerFactory factory;
    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void centre() throws Exception {
        provision(CENTRE);
        // The centre's placement, the staff's roles and Hibernate's statements, as on a running service.
        register(null);
        register(null);
        // The tenant filter answers from memory once this instance listens to the registry's changes.
        ReadinessInMemory.awaitKept(context, CENTRE);
    }

    /**
     * Six round trips: the tenancy statement (BEGIN riding with it), the person and its audit line (one flush, two
     * inserts), the outbox fact, the duplicate check, the commit, which releases the tenancy too (a seventh, its own
     * release, until session 16). The centre's readiness (the tenant filter) is answered from memory (it was the
     * eighth until session 15).
     * The fact is made from the values the registration wrote (no read-back of the person), and neither the
     * fact's insert nor the duplicate check makes Hibernate flush again: two flushes (the person with its audit
     * line, and the commit's, which finds nothing), each checking the two entities.
     */
    @Test
    void aRegistrationTakesSixRoundTripsAndTwoFlushes() throws Exception {
        DatabaseCosts.Costs costs = DatabaseCosts.of(factory, () -> register(null));

        assertThat(costs.roundTrips()).as(trace(costs)).isEqualTo(6);
        // BEGIN rides with the tenancy statement: one statement more than round trips.
        assertThat(costs.statements()).as(trace(costs)).isEqualTo(7);
        assertThat(costs.flushes()).as(trace(costs)).isEqualTo(2);
        assertThat(costs.entitiesChecked()).as(trace(costs)).isEqualTo(4);
    }

    @Test
    void anAmkaAddsOnlyTheLookUpOfAnEarlierHolder() throws Exception {
        DatabaseCosts.Costs costs = DatabaseCosts.of(factory, () -> register(amka(PEOPLE.get())));

        assertThat(costs.roundTrips()).as(trace(costs)).isEqualTo(7);
        assertThat(costs.statements()).as(trace(costs)).isEqualTo(8);
        assertThat(costs.flushes()).as(trace(costs)).isEqualTo(2);
        assertThat(costs.entitiesChecked()).as(trace(costs)).isEqualTo(4);
    }

    private static String trace(DatabaseCosts.Costs costs) {
        return costs + ":\n" + String.join("\n", costs.trace());
    }

    private MvcResult register(String amka) throws Exception {
        int n = PEOPLE.incrementAndGet();
        return mvc.perform(in(CENTRE, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"Ευανθία","lastName":"Κόστους%s","dateOfBirth":"1980-%02d-%02d","gender":"FEMALE"%s}"""
                .formatted(letters(n), 1 + n % 12, 1 + n % 28, amka == null ? "" : ",\"amka\":\"" + amka + "\"")))
                .andExpect(status().isCreated()).andReturn();
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n; i > 0; i /= 24) {
            s.append((char) ('α' + i % 24));
        }
        return s.toString();
    }

    /** A valid AMKA: a date of birth, a serial and the Luhn check digit. */
    private static String amka(int n) {
        String payload = "010180" + "%04d".formatted(n % 10_000);
        return payload + GreekIdentifiers.luhnCheckDigit(payload);
    }
}
