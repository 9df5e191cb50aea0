package gr.kentra.cases.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Counselling notes leave the centre in an export only by break-glass (a coordinator, a reason, audited as
 * BREAK_GLASS), and never the notes of a group or family session, which are about others too (GDPR Art. 15(4)).
 */
class ExportSessionNotesTest extends CaseServiceIntegrationTest {

    private static final AtomicInteger CENTRES = new AtomicInteger();
    private static final String REASON = "Αίτημα πρόσβασης του υποκειμένου, άρθρο 15 ΓΚΠΔ, με τις σημειώσεις";

    private String tenant;
    private String schema;
    private FullRecord record;

    @BeforeEach
    void person() throws Exception {
        tenant = "gdpr-notes-" + CENTRES.incrementAndGet();
        schema = "t_" + tenant.replace('-', '_');
        provision(tenant);
        record = FullRecord.in(mvc, tenant);
    }

    @Test
    void aCoordinatorsExportWithholdsEveryNoteAndSaysHowToAskForThem() throws Exception {
        String body = mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", record.person), null)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionNotesIncluded").value(false))
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.sessions[0].notes").doesNotExist())
                .andExpect(jsonPath("$.sessions[0].notesWithheld").value("BREAK_GLASS_REQUIRED"))
                .andExpect(jsonPath("$.sessions[1].notes").doesNotExist())
                .andExpect(jsonPath("$.sessions[1].notesWithheld").value("ABOUT_OTHERS"))
                .andExpect(jsonPath("$.sessionNotesNotice").value(org.hamcrest.Matchers.containsString("coordinator")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(FullRecord.SESSION_NOTES, FullRecord.GROUP_NOTES);
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event"
                + " where record_type = 'COUNSELLING_SESSION' and action in ('EXPORT', 'BREAK_GLASS')", Integer.class))
                .isZero();
    }

    @Test
    void breakGlassExportCarriesOnlyTheNotesAboutThePersonAloneAndIsAuditedWithItsReason() throws Exception {
        String body = mvc.perform(in(tenant, "coordinator", post("/api/beneficiaries/{b}/export/break-glass",
                        record.person), "{\"reason\":\"%s\"}".formatted(REASON)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionNotesIncluded").value(true))
                .andExpect(jsonPath("$.sessions[0].notes").value(FullRecord.SESSION_NOTES))
                .andExpect(jsonPath("$.sessions[0].notesWithheld").doesNotExist())
                .andExpect(jsonPath("$.sessions[1].notes").doesNotExist())
                .andExpect(jsonPath("$.sessions[1].notesWithheld").value("ABOUT_OTHERS"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(FullRecord.GROUP_NOTES);
        assertThat(jdbc.queryForList("select record_id || ':' || reason from " + schema + ".audit_event"
                        + " where record_type = 'COUNSELLING_SESSION' and action = 'BREAK_GLASS' and beneficiary_id = ?::uuid",
                String.class, record.person)).containsExactly(record.individualSession + ":" + REASON);
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event where record_type ="
                + " 'COUNSELLING_SESSION' and record_id = ? and action in ('EXPORT', 'BREAK_GLASS')", Integer.class,
                record.groupSession)).isZero();
    }

    @Test
    void breakGlassExportNeedsACoordinatorAndAReason() throws Exception {
        mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries/{b}/export/break-glass", record.person),
                        "{\"reason\":\"%s\"}".formatted(REASON)))
                .andExpect(status().isForbidden());
        mvc.perform(in(tenant, "coordinator", post("/api/beneficiaries/{b}/export/break-glass", record.person),
                        "{\"reason\":\"λίγα\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".audit_event where action = 'BREAK_GLASS'",
                Integer.class)).isZero();
    }

    @Test
    void thePrintableExportSaysTheNotesAreWithheldInGreekAndCarriesThemOnlyByBreakGlass() throws Exception {
        String plain = mvc.perform(in(tenant, "coordinator", get("/api/beneficiaries/{b}/export", record.person), null)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain).contains("συντονιστ").doesNotContain(FullRecord.SESSION_NOTES, FullRecord.GROUP_NOTES);
        String opened = mvc.perform(in(tenant, "coordinator", post("/api/beneficiaries/{b}/export/break-glass",
                        record.person), "{\"reason\":\"%s\"}".formatted(REASON))
                        .accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(opened).contains(FullRecord.SESSION_NOTES, "about other people").doesNotContain(FullRecord.GROUP_NOTES);
    }
}
