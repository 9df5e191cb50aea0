package gr.kentra.tenants.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The retention review of archived centres' exports: which exports are past their retention, and the administrator's
 * recorded decision on each: DELETE the file (only once the centre itself is deleted) or KEEP it until a review date.
 */
class ExportRetentionTest extends LifecycleTest {

    private static final Period PAST_RETENTION = Period.ofYears(5).plusDays(1);
    private static final String REASON = "Η περίοδος διατήρησης έληξε χωρίς εκκρεμότητες";

    @BeforeEach
    void noDecisionsYet() {
        jdbc.update("delete from export_retention_decision");
        jdbc.update("update centre set export_deleted_at = null, export_review_on = null");
    }

    @Test
    void listsOnlyArchivedCentresWhoseExportIsPastItsRetention() throws Exception {
        archive("elefsina");
        clock.advance(Period.ofYears(1));
        archive("mouzaki");
        clock.advance(Period.ofYears(4).plusDays(1));

        mvc.perform(get("/admin/api/export-retention/due").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value("elefsina"))
                .andExpect(jsonPath("$.items[0].status").value("ARCHIVED"))
                .andExpect(jsonPath("$.items[0].exportFile").value(ArchiveStandIn.fileOf("elefsina")))
                .andExpect(jsonPath("$.items[0].dueFrom").value("2031-01-10T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].deletable").value(false));
    }

    @Test
    void theAdminListPageSaysHowManyExportsAwaitADecision() throws Exception {
        archive("elefsina");
        mvc.perform(get("/admin/").param("lang", "en").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("past their retention"))));
        clock.advance(PAST_RETENTION);
        mvc.perform(get("/admin/").param("lang", "en").with(platformAdmin()))
                .andExpect(content().string(containsString("past their retention period, awaiting a decision")))
                .andExpect(content().string(containsString("/admin/api/export-retention/due): 1</a>")));
    }

    @Test
    void deletesTheExportOfADeletedCentreAndRecordsWhoWhenAndWhy() throws Exception {
        archive("elefsina");
        archive("mouzaki");
        clock.advance(PAST_RETENTION);
        deleteCentre("elefsina");
        deleteCentre("mouzaki");

        decide("elefsina", "{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.centre").value("elefsina"))
                .andExpect(jsonPath("$.decision").value("DELETE"))
                .andExpect(jsonPath("$.reason").value(REASON))
                .andExpect(jsonPath("$.decidedBy").value("root"))
                .andExpect(jsonPath("$.decidedAt").value(clock.instant().toString()))
                .andExpect(jsonPath("$.exportFile").value(ArchiveStandIn.fileOf("elefsina")));

        assertThat(standIn.caseService).containsExactly("DELETE /internal/tenants/elefsina/exports/"
                + ArchiveStandIn.fileOf("elefsina") + " Bearer service-token");
        assertThat(jdbc.queryForObject("select export_deleted_at from centre where id = 'elefsina'", Timestamp.class))
                .isEqualTo(Timestamp.from(clock.instant()));
        assertThat(jdbc.queryForObject("select export_deleted_at from centre where id = 'mouzaki'", Timestamp.class))
                .as("another centre's export is untouched").isNull();
        assertThat(auditOf("elefsina")).last().isEqualTo("EXPORT_DELETED");
        assertThat(jdbc.queryForObject("select detail from audit_event where centre_id = 'elefsina'"
                + " and action = 'EXPORT_DELETED'", String.class)).contains(REASON, ArchiveStandIn.fileOf("elefsina"));
        mvc.perform(get("/admin/api/export-retention/due").with(platformAdmin()))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains("mouzaki")));
        mvc.perform(get("/admin/api/export-retention/decisions").param("centre", "elefsina").with(platformAdmin()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].decision").value("DELETE"))
                .andExpect(jsonPath("$.items[0].decidedBy").value("root"));
        // Gone is gone: a second decision names the centre and finds nothing to decide on.
        decide("elefsina", "{\"decision\":\"KEEP\",\"reason\":\"" + REASON + "\",\"reviewOn\":\""
                + today().plusYears(1) + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NO_EXPORT"))
                .andExpect(jsonPath("$.centre").value("elefsina"));
    }

    @Test
    void keepsAnExportUntilItsReviewDateAndListsItAgainThen() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);
        standIn.caseService.clear();
        LocalDate reviewOn = today().plusYears(1);

        decide("elefsina", "{\"decision\":\"KEEP\",\"reason\":\"" + REASON + "\",\"reviewOn\":\"" + reviewOn + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("KEEP"))
                .andExpect(jsonPath("$.reviewOn").value(reviewOn.toString()));
        assertThat(standIn.caseService).isEmpty();
        assertThat(auditOf("elefsina")).last().isEqualTo("EXPORT_KEPT");
        mvc.perform(get("/admin/api/export-retention/due").with(platformAdmin()))
                .andExpect(jsonPath("$.items", hasSize(0)));
        decide("elefsina", "{\"decision\":\"KEEP\",\"reason\":\"" + REASON + "\",\"reviewOn\":\"" + reviewOn + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_DUE"))
                .andExpect(jsonPath("$.dueFrom").value(reviewOn + "T00:00:00Z"));

        clock.advance(Period.ofYears(1));
        mvc.perform(get("/admin/api/export-retention/due").with(platformAdmin()))
                .andExpect(jsonPath("$.items[0].id").value("elefsina"))
                .andExpect(jsonPath("$.items[0].keptUntil").value(reviewOn.toString()));
    }

    @Test
    void refusesToDeleteTheExportOfACentreWhoseSchemaIsStillHeld() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);
        standIn.caseService.clear();

        decide("elefsina", "{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SCHEMA_HELD"))
                .andExpect(jsonPath("$.centre").value("elefsina"));
        assertThat(standIn.caseService).isEmpty();
        assertThat(decisionCount()).isZero();
    }

    @Test
    void refusesACentreThatIsNotArchivedOrNotDueNamingIt() throws Exception {
        mvc.perform(post("/admin/api/tenants/mouzaki/export-retention-decisions").with(platformAdmin())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("NOT_ARCHIVED"))
                .andExpect(jsonPath("$.title").value("Retention decision refused"))
                .andExpect(jsonPath("$.detail").value(
                        "Centre mouzaki is not archived (it is ACTIVE); only an archived centre's export is reviewed."));
        archive("elefsina");
        clock.advance(Period.ofYears(5).minusDays(1));
        decide("elefsina", "{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_DUE"))
                .andExpect(jsonPath("$.title").value("Η απόφαση διατήρησης δεν επιτρέπεται"))
                .andExpect(jsonPath("$.detail").value(containsString("elefsina")))
                .andExpect(jsonPath("$.dueFrom").value("2031-01-10T09:00:00Z"));
        decide("atlantis", "{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isNotFound());
        assertThat(decisionCount()).isZero();
    }

    @Test
    void refusesAShortReasonAndAReviewDateInThePastInEnglishAndGreek() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);
        var trailBefore = auditOf("elefsina");
        String body = "{\"decision\":\"KEEP\",\"reason\":\"  too short \",\"reviewOn\":\"" + today().minusDays(1)
                + "\"}";

        mvc.perform(post("/admin/api/tenants/elefsina/export-retention-decisions").with(platformAdmin())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("give the reason for the decision, 10 to 500 characters"))
                .andExpect(jsonPath("$.errors[1].field").value("reviewOn"));
        decide("elefsina", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Μη έγκυρο αίτημα"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("μετά από σήμερα")));
        decide("elefsina", "{\"decision\":\"DELETE\",\"reason\":\"" + "x".repeat(501) + "\",\"reviewOn\":\""
                + today().plusDays(3) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("reason", "reviewOn")));
        decide("elefsina", "{\"decision\":\"KEEP\",\"reason\":\"" + REASON + "\",\"reviewOn\":\""
                + today().plusYears(6) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewOn"));
        assertThat(decisionCount()).isZero();
        assertThat(auditOf("elefsina")).isEqualTo(trailBefore);
    }

    @Test
    void onlyPlatformAdministratorsReviewExports() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);
        for (RequestPostProcessor caller : new RequestPostProcessor[] {socialWorker(), caseService()}) {
            mvc.perform(get("/admin/api/export-retention/due").with(caller)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/api/export-retention/decisions").with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/api/tenants/elefsina/export-retention-decisions").with(caller)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"KEEP\",\"reason\":\"" + REASON + "\",\"reviewOn\":\""
                                    + today().plusYears(1) + "\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/api/export-retention/due")).andExpect(status().isUnauthorized());
        assertThat(decisionCount()).isZero();
    }

    @Test
    void recordsNothingWhenTheArchiveCouldNotDeleteTheFile() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);
        deleteCentre("elefsina");
        standIn.deleteStatus = 503;

        decide("elefsina", "{\"decision\":\"DELETE\",\"reason\":\"" + REASON + "\"}")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.centre").value("elefsina"));
        assertThat(jdbc.queryForObject("select export_deleted_at from centre where id = 'elefsina'", Timestamp.class))
                .isNull();
        assertThat(decisionCount()).isZero();
        assertThat(auditOf("elefsina")).last().isEqualTo("EXPORT_DELETION_INCOMPLETE");
    }

    private ResultActions decide(String centre, String body) throws Exception {
        return mvc.perform(post("/admin/api/tenants/{id}/export-retention-decisions", centre).with(platformAdmin())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** As the two-step deletion leaves it (tested in DeletionTest): the schema is gone, the export stays. */
    private void deleteCentre(String centre) {
        jdbc.update("update centre set status = 'DELETED', deleted_at = ? where id = ?",
                Timestamp.from(clock.instant()), centre);
        standIn.caseService.clear();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private int decisionCount() {
        return jdbc.queryForObject("select count(*) from export_retention_decision", Integer.class);
    }
}
