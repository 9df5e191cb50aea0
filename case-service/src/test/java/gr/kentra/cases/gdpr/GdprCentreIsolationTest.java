package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another centre's coordinator reads nothing of this centre's data-protection records: the record of processing,
 * a person's access log, the retention list and the retention decisions; not with this centre's header on their
 * token, and not through percent-encoded paths, which case-service decodes before deciding.
 */
class GdprCentreIsolationTest extends CaseServiceIntegrationTest {

    private static final String HERE = "gdpr-isolation-here";
    private static final String THERE = "gdpr-isolation-there";
    private static final String REASON = "Εκκρεμεί υπόθεση επιμέλειας, επανεξέταση σε έξι μήνες";

    private String person;

    @BeforeEach
    void centres() throws Exception {
        provision(HERE);
        provision(THERE);
        person = registerPerson(HERE, "Θεοδώρα", "Απομονωμένη", "1960-01-01");
        jdbc.update("update t_gdpr_isolation_here.beneficiary set registered_at = now() - interval '7 years'"
                + " where id = ?::uuid", person);
        mvc.perform(in(HERE, "coordinator", post("/api/beneficiaries/retention-decisions"), """
                {"decision":"KEEP","beneficiaryIds":["%s"],"reason":"%s","reviewOn":"%s"}""".formatted(person, REASON,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Athens")).plusMonths(6))))
                .andExpect(status().isCreated());
    }

    @Test
    void anotherCentresCoordinatorIsRefusedOnEveryDataProtectionPathPlainOrEncoded() throws Exception {
        List<String> paths = List.of("/api/gdpr/records-of-processing", "/%61pi/gdpr/records-of-processing",
                "/api/%67dpr/records-of-processing", "/api/gdpr/records%2Dof-processing",
                "/api/beneficiaries/" + person + "/access-log", "/%61pi/beneficiaries/" + person + "/access-log",
                "/api/beneficiaries/" + person + "/%61ccess-log", "/api/%62eneficiaries/" + person + "/access-log",
                "/api/beneficiaries/retention-due", "/%61pi/beneficiaries/retention-due",
                "/api/beneficiaries/retention-decisions", "/%61%70%69/beneficiaries/retention-decisions",
                "/api/beneficiaries/" + person + "/export", "/%61pi/beneficiaries/" + person + "/export");
        for (String path : paths) {
            var answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", HERE)
                    .with(staff(THERE, "coordinator"))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(400, 403, 404);
            assertThat(answer.getContentAsString()).as(path)
                    .doesNotContain("Θεοδώρα", "Απομονωμένη", REASON, "maria", "RETENTION_KEEP");
        }
        // The same paths answer this centre's own coordinator: the refusal above is about the centre, not the path.
        for (String path : List.of("/api/gdpr/records-of-processing", "/%61pi/gdpr/records-of-processing",
                "/%61pi/beneficiaries/" + person + "/access-log", "/%61pi/beneficiaries/retention-decisions")) {
            mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", HERE).with(staff(HERE, "coordinator")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void inTheirOwnCentreTheyFindNoneOfThisCentresPeopleOrDecisions() throws Exception {
        String log = mvc.perform(in(THERE, "coordinator", get("/api/beneficiaries/{id}/access-log", person), null))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(log).doesNotContain("Θεοδώρα", "maria");
        String decisions = mvc.perform(in(THERE, "coordinator", get("/api/beneficiaries/retention-decisions")
                        .param("beneficiary", person), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decisions).doesNotContain(REASON).contains("\"total\":0");
        String due = mvc.perform(in(THERE, "coordinator", get("/api/beneficiaries/retention-due"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(due).doesNotContain(person);
    }
}
