package gr.kentra.tenants.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Period;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Deleting a centre: only archived, exported and past the retention period (P5Y here, the default), in two steps
 * with a confirmation code and the id typed again; nothing is deleted by a wrong, expired or used code or slug.
 */
class DeletionTest extends LifecycleTest {

    private static final Period PAST_RETENTION = Period.ofYears(5).plusDays(1);

    @Test
    void deletesAnArchivedExportedCentreAfterTheRetentionPeriodWithTheCodeAndItsId() throws Exception {
        archive("elefsina");
        clock.advance(PAST_RETENTION);

        String answer = requestDeletion("elefsina")
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.expiresAt").value(clock.instant().plus(Duration.ofMinutes(15)).toString()))
                .andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(answer, "$.confirmation");
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
        assertThat(jdbc.queryForObject("select code_sha256 from deletion_confirmation where centre_id = 'elefsina'",
                String.class)).as("kept hashed").hasSize(64).doesNotContain(code.replace("-", ""));

        confirm("elefsina", code, "elefsina")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELETED"))
                .andExpect(jsonPath("$.exportFile").value(ArchiveStandIn.fileOf("elefsina")));

        assertThat(standIn.keycloak).contains("DELETE /organizations/org-elefsina Bearer service-token");
        assertThat(standIn.caseService).contains("DELETE /internal/tenants/elefsina Bearer service-token");
        mvc.perform(get("/admin/api/tenants/elefsina").with(platformAdmin()))
                .andExpect(jsonPath("$.status").value("DELETED"))
                .andExpect(jsonPath("$.archive.deletedAt").value(clock.instant().toString()))
                .andExpect(jsonPath("$.archive.exportSha256").value(ArchiveStandIn.sha256Of("elefsina")));
        assertThat(auditOf("elefsina")).containsSubsequence("ARCHIVE_EXPORTED", "DELETION_REQUESTED", "DELETED");
        // Only this centre: nothing was asked about any other, and the others are as they were.
        assertThat(standIn.caseService).allMatch(r -> r.contains("/internal/tenants/elefsina"));
        assertThat(standIn.keycloak).filteredOn(r -> r.startsWith("DELETE")).containsExactly(
                "DELETE /organizations/org-elefsina Bearer service-token");
        assertThat(jdbc.queryForList("select status from centre where id <> 'elefsina'", String.class))
                .isNotEmpty().containsOnly("ACTIVE");
    }

    @Test
    void letsCaseServiceDropASchemaOnlyForAnArchivedExportedCentrePastRetention() throws Exception {
        mvc.perform(get("/internal/centres/elefsina/schema-deletion").with(caseService()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("NOT_ARCHIVED"));
        archive("elefsina");
        mvc.perform(get("/internal/centres/elefsina/schema-deletion").with(caseService()))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("RETENTION"));
        mvc.perform(get("/internal/centres/atlantis/schema-deletion").with(caseService()))
                .andExpect(jsonPath("$.allowed").value(false));
        clock.advance(PAST_RETENTION);
        mvc.perform(get("/internal/centres/elefsina/schema-deletion").with(caseService()))
                .andExpect(jsonPath("$.allowed").value(true));
        // A person, even a platform administrator, is not a service.
        mvc.perform(get("/internal/centres/elefsina/schema-deletion").with(platformAdmin()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/internal/centres/elefsina/schema-deletion")).andExpect(status().isUnauthorized());
    }

    /** Archived before its schema was ever made: case-service holds nothing, so there is nothing to keep. */
    @Test
    void aCentreWhoseSchemaWasNeverMadeCanStillBeDeletedAfterRetention() throws Exception {
        standIn.exportStatus = 404;
        archive("mouzaki").andExpect(jsonPath("$.archive.exportStatus").value("DONE"))
                .andExpect(jsonPath("$.archive.exportFile").doesNotExist());
        assertThat(auditOf("mouzaki")).containsSubsequence("STATUS_CHANGED", "ARCHIVE_NOTHING_HELD");
        clock.advance(PAST_RETENTION);

        String code = JsonPath.read(requestDeletion("mouzaki").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.confirmation");
        standIn.deleteStatus = 404;
        confirm("mouzaki", code, "mouzaki").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELETED"));
    }

    @Test
    void refusesADeletionRequestForACentreThatIsNotArchived() throws Exception {
        requestDeletion("mouzaki")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("NOT_ARCHIVED"))
                .andExpect(jsonPath("$.title").value("Η διαγραφή δεν επιτρέπεται"))
                .andExpect(jsonPath("$.detail").value("Διαγράφεται μόνο κέντρο σε αρχειοθέτηση· αυτό το κέντρο είναι ACTIVE."));
        assertThat(codes()).isZero();
    }

    @Test
    void refusesADeletionRequestWhileTheExportIsPending() throws Exception {
        standIn.exportStatus = 503;
        archive("mouzaki");
        clock.advance(PAST_RETENTION);

        mvc.perform(post("/admin/api/tenants/mouzaki/deletion-requests").with(platformAdmin())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("EXPORT_PENDING"))
                .andExpect(jsonPath("$.title").value("Deletion refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "The archive export of the centre is not done yet")));
        assertThat(codes()).isZero();
    }

    @Test
    void refusesADeletionRequestBeforeTheRetentionPeriodHasPassed() throws Exception {
        archive("mouzaki");
        clock.advance(Period.ofYears(5).minusDays(1));

        mvc.perform(post("/admin/api/tenants/mouzaki/deletion-requests").with(platformAdmin())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("RETENTION"))
                .andExpect(jsonPath("$.deletableFrom").value("2031-01-10T09:00:00Z"))
                .andExpect(jsonPath("$.detail").value("The retention period of the centre's data has not passed;"
                        + " it can be deleted from 2031-01-10T09:00:00Z."));
        assertThat(codes()).isZero();
    }

    @Test
    void aWrongCodeOrAWrongIdDeletesNothingAndLeavesTheCodeUsable() throws Exception {
        String code = archivedPastRetentionWithCode("nea-smyrni");

        confirm("nea-smyrni", "AAAAA-BBBBB-CCCCC-DDDDD", "nea-smyrni")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONFIRMATION"));
        mvc.perform(delete("/admin/api/tenants/nea-smyrni").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":\"%s\",\"slug\":\"nea-smyrn\"}".formatted(code)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].message").value("does not match the id of the centre being deleted"));
        mvc.perform(delete("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"slug\":\"nea-smyrni\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        assertNothingDeleted("nea-smyrni");

        confirm("nea-smyrni", code.toLowerCase(java.util.Locale.ROOT), "nea-smyrni").andExpect(status().isOk());
        assertThat(auditOf("nea-smyrni")).contains("DELETION_REFUSED", "DELETED");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String code = archivedPastRetentionWithCode("nea-smyrni");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        confirm("nea-smyrni", code, "nea-smyrni")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CONFIRMATION"));
        assertNothingDeleted("nea-smyrni");
    }

    @Test
    void aCodeReplacedByANewRequestOrAlreadyUsedIsRefused() throws Exception {
        String first = archivedPastRetentionWithCode("moschato-tavros");
        String second = JsonPath.read(requestDeletion("moschato-tavros").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.confirmation");

        confirm("moschato-tavros", first, "moschato-tavros").andExpect(status().isConflict());
        assertNothingDeleted("moschato-tavros");
        confirm("moschato-tavros", second, "moschato-tavros").andExpect(status().isOk());

        confirm("moschato-tavros", second, "moschato-tavros")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_ARCHIVED"));
        assertThat(standIn.caseService.stream().filter(r -> r.startsWith("DELETE"))).hasSize(1);
    }

    @Test
    void aFailureInCaseServiceKeepsTheCentreArchivedAndTheSameCodeWorksAfterwards() throws Exception {
        String code = archivedPastRetentionWithCode("mouzaki");
        standIn.deleteStatus = 503;

        confirm("mouzaki", code, "mouzaki")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.step").value("case-service"));
        assertThat(jdbc.queryForObject("select status from centre where id = 'mouzaki'", String.class))
                .isEqualTo("ARCHIVED");

        standIn.deleteStatus = 204;
        confirm("mouzaki", code, "mouzaki").andExpect(status().isOk());
        assertThat(auditOf("mouzaki")).containsSubsequence("DELETION_INCOMPLETE", "DELETED");
    }

    @Test
    void theCentresPageShowsTheArchiveAndDeletesInTheSameTwoStepsWithGreekRefusals() throws Exception {
        archive("nea-smyrni");
        assertThat(page("/admin/centres/nea-smyrni")).contains("id=\"archive\"", "Αρχειοθετήθηκε", "10/01/2026 11:00",
                "id=\"deletion\"", "Ζητήστε κωδικό επιβεβαίωσης");
        // Before the retention period: the API's refusal, its date as the pages print dates.
        clock.advance(Period.ofYears(1));
        assertThat(pagePost(post("/admin/centres/nea-smyrni/deletion-request")))
                .contains("Η περίοδος διατήρησης των δεδομένων του κέντρου δεν έχει λήξει· μπορεί να διαγραφεί από"
                        + " 10/01/2031 11:00.");
        clock.advance(PAST_RETENTION);
        String issued = pagePost(post("/admin/centres/nea-smyrni/deletion-request"));
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code>([0-9A-Z-]+)</code>").matcher(issued);
        assertThat(shown.find()).as("the code is shown").isTrue();
        String code = shown.group(1);
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
        assertThat(issued).contains("εμφανίζεται μόνο αυτή τη φορά", "name=\"confirmation\"", "name=\"slug\"");

        String wrongSlug = pagePost(post("/admin/centres/nea-smyrni/deletion").param("confirmation", code)
                .param("slug", "elefsina"));
        assertThat(wrongSlug).contains("δεν συμφωνεί με τον κωδικό του κέντρου που διαγράφεται", "aria-invalid=\"true\"",
                "value=\"" + code + "\"");
        assertThat(pagePost(post("/admin/centres/nea-smyrni/deletion").param("confirmation", "AAAAA-AAAAA-AAAAA-AAAAA")
                .param("slug", "nea-smyrni"))).contains("Ο κωδικός επιβεβαίωσης είναι λάθος");
        assertNothingDeleted("nea-smyrni");

        mvc.perform(post("/admin/centres/nea-smyrni/deletion").param("confirmation", code).param("slug", "nea-smyrni")
                        .with(platformAdmin()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/admin/centres/nea-smyrni"));
        assertThat(jdbc.queryForObject("select status from centre where id = 'nea-smyrni'", String.class))
                .isEqualTo("DELETED");
        assertThat(page("/admin/centres/nea-smyrni")).contains("Διαγράφηκε").doesNotContain("id=\"deletion\"",
                "id=\"placement\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(platformAdmin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String pagePost(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(platformAdmin()).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void deletedIsFinal() throws Exception {
        String code = archivedPastRetentionWithCode("elefsina");
        confirm("elefsina", code, "elefsina").andExpect(status().isOk());

        for (String change : new String[] {"{\"status\":\"ARCHIVED\"}", "{\"status\":\"ACTIVE\"}",
                "{\"nameEn\":\"Revived\"}"}) {
            mvc.perform(patch("/admin/api/tenants/elefsina").with(platformAdmin())
                            .contentType(MediaType.APPLICATION_JSON).content(change))
                    .andExpect(status().isConflict());
        }
        requestDeletion("elefsina").andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from centre where id = 'elefsina'", String.class))
                .isEqualTo("DELETED");
    }

    @Test
    void noStatusChangeSkipsTheTwoSteps() throws Exception {
        archive("mouzaki");
        clock.advance(PAST_RETENTION);

        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DELETED\"}"))
                .andExpect(status().isConflict());
        assertNothingDeleted("mouzaki");
    }

    @Test
    void onlyAPlatformAdministratorMayDelete() throws Exception {
        archivedPastRetentionWithCode("mouzaki");
        mvc.perform(post("/admin/api/tenants/mouzaki/deletion-requests").with(socialWorker()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/admin/api/tenants/mouzaki").with(socialWorker())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":\"AAAAA\",\"slug\":\"mouzaki\"}"))
                .andExpect(status().isForbidden());
        requestDeletionOf("no-such-centre").andExpect(status().isNotFound());
        assertNothingDeleted("mouzaki");
    }

    private String archivedPastRetentionWithCode(String centre) throws Exception {
        archive(centre);
        clock.advance(PAST_RETENTION);
        return JsonPath.read(requestDeletion(centre).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.confirmation");
    }

    private ResultActions requestDeletion(String centre) throws Exception {
        return requestDeletionOf(centre);
    }

    private ResultActions requestDeletionOf(String centre) throws Exception {
        return mvc.perform(post("/admin/api/tenants/{id}/deletion-requests", centre).with(platformAdmin()));
    }

    private ResultActions confirm(String centre, String code, String slug) throws Exception {
        return mvc.perform(delete("/admin/api/tenants/{id}", centre).with(platformAdmin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmation\":\"%s\",\"slug\":\"%s\"}".formatted(code, slug)));
    }

    private void assertNothingDeleted(String centre) {
        assertThat(standIn.caseService).noneMatch(r -> r.startsWith("DELETE"));
        assertThat(standIn.keycloak).noneMatch(r -> r.startsWith("DELETE"));
        assertThat(jdbc.queryForObject("select status from centre where id = ?", String.class, centre))
                .isNotEqualTo("DELETED");
    }

    private int codes() {
        return jdbc.queryForObject("select count(*) from deletion_confirmation", Integer.class);
    }
}
