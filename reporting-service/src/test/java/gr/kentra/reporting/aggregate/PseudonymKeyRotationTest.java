package gr.kentra.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.Test;

/**
 * A pseudonym key rotation as the README describes it, seen from reporting: facts carry the id of the key that made
 * their pseudonym (none before key ids); the same person under the old and the new key is two pseudonyms, so counted
 * once per key until the older facts age out; case-service's erasure names the person under every key it still
 * holds, and that removes the person's facts of both keys. A key id outside the contract is refused.
 */
class PseudonymKeyRotationTest extends ReportingIntegrationTest {

    @Test
    void keepsTheKeyIdOfEveryFactAndForgetsThePersonUnderEveryKeyTheErasureNames() throws Exception {
        emptyStore();
        String underOld = TestFact.pseudonym("eleni under local-1");
        String underNew = TestFact.pseudonym("eleni under 2027-a");
        deliver(List.of(
                TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").with("pseudonym", underOld)
                        .with("month", "2026-10").json(),
                TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").with("pseudonym", underOld)
                        .with("pseudonymKey", "local-1").with("month", "2026-11").json(),
                TestFact.of("REQUEST_OPENED").centre("elefsina", "attica").with("pseudonym", underNew)
                        .with("pseudonymKey", "2027-a").with("month", "2026-12").json()));

        assertThat(jdbc.queryForList("select coalesce(pseudonym_key, '-') from indicator_fact order by period_month",
                String.class)).containsExactly("-", "local-1", "2027-a");
        assertThat(jdbc.queryForObject("select count(distinct person_pseudonym) from person_month", Long.class))
                .as("one person, two keys: two pseudonyms until the old facts age out").isEqualTo(2);

        deliver(List.of(erasure(underNew, "2027-a"), erasure(underOld, "local-1")));

        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where person_pseudonym in (?, ?)",
                Long.class, underOld, underNew)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person_month where person_pseudonym in (?, ?)",
                Long.class, underOld, underNew)).isZero();
    }

    @Test
    void refusesAKeyIdOutsideTheContractAndAKeyIdWithoutAPseudonym() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/internal/facts")
                        .with(factPublisher()).contentType("application/json").content("{\"facts\":["
                                + TestFact.of("REQUEST_OPENED").with("pseudonymKey", "Key 1").json() + ","
                                + TestFact.of("EVENT_HELD").with("pseudonymKey", "2027-a").with("category", "WORKSHOP")
                                        .json() + "]}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.received").value(0))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.refused[0].errors[0].field").value("facts[0].pseudonymKey"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.refused[1].errors[*].field").value(org.hamcrest.Matchers.hasItem("facts[1].pseudonymKey")));
    }

    private static String erasure(String pseudonym, String key) {
        return TestFact.of("PERSON_ERASED").centre("elefsina", "attica").with("pseudonym", pseudonym)
                .with("pseudonymKey", key).with("gender", null).with("ageBand", null).with("operation", null).json();
    }
}
