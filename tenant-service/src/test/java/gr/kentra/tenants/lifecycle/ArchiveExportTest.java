package gr.kentra.tenants.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Archiving a centre ends staff access at once and gets its export made and recorded, now or by a retry. */
class ArchiveExportTest extends LifecycleTest {

    @Test
    void archivingRequestsTheExportFromCaseServiceAndRecordsIt() throws Exception {
        archive("elefsina")
                .andExpect(jsonPath("$.status").value("ARCHIVED"))
                .andExpect(jsonPath("$.archive.archivedAt").value("2026-01-10T09:00:00Z"))
                .andExpect(jsonPath("$.archive.exportStatus").value("DONE"))
                .andExpect(jsonPath("$.archive.exportFile").value(ArchiveStandIn.fileOf("elefsina")))
                .andExpect(jsonPath("$.archive.exportSha256").value(ArchiveStandIn.sha256Of("elefsina")));

        assertThat(standIn.caseService).containsExactly("POST /internal/tenants/elefsina/archive Bearer service-token");
        Map<String, Object> row = jdbc.queryForMap("select export_status, export_file, export_sha256, archived_at"
                + " from centre where id = 'elefsina'");
        assertThat(row).containsEntry("export_status", "DONE")
                .containsEntry("export_file", ArchiveStandIn.fileOf("elefsina"))
                .containsEntry("export_sha256", ArchiveStandIn.sha256Of("elefsina"));
        assertThat(auditOf("elefsina")).containsSubsequence("STATUS_CHANGED", "ARCHIVE_EXPORTED");
        assertThat(jdbc.queryForObject("select detail from audit_event where centre_id = 'elefsina'"
                + " and action = 'ARCHIVE_EXPORTED'", String.class)).contains(ArchiveStandIn.fileOf("elefsina"));
        mvc.perform(get("/internal/centres/status").with(caseService())).andExpect(jsonPath("$.unavailable.elefsina").value("ARCHIVED"));
    }

    @Test
    void aFailedExportLeavesTheCentreArchivedWithTheExportPendingUntilARetrySucceeds() throws Exception {
        standIn.exportStatus = 503;

        archive("mouzaki")
                .andExpect(jsonPath("$.status").value("ARCHIVED"))
                .andExpect(jsonPath("$.archive.exportStatus").value("PENDING"));
        // Staff access ends regardless: the gateway's list has the centre at once.
        mvc.perform(get("/internal/centres/status").with(caseService())).andExpect(jsonPath("$.unavailable.mouzaki").value("ARCHIVED"));
        assertThat(auditOf("mouzaki")).containsSubsequence("STATUS_CHANGED", "ARCHIVE_EXPORT_PENDING");
        assertThat(jdbc.queryForObject("select export_error from centre where id = 'mouzaki'", String.class))
                .contains("503");

        standIn.exportStatus = 200;
        exports.retryDue();
        assertThat(standIn.caseService).as("not before the back-off has passed").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        exports.retryDue();

        assertThat(standIn.caseService).hasSize(2);
        mvc.perform(get("/admin/api/tenants/mouzaki").with(platformAdmin()))
                .andExpect(jsonPath("$.archive.exportStatus").value("DONE"))
                .andExpect(jsonPath("$.archive.exportFile").value(ArchiveStandIn.fileOf("mouzaki")));
        assertThat(auditOf("mouzaki")).containsOnlyOnce("ARCHIVE_EXPORTED");
    }

    @Test
    void archivingAgainRetriesAPendingExportAtOnceAndLeavesADoneOneAlone() throws Exception {
        standIn.exportStatus = 500;
        archive("nea-smyrni").andExpect(jsonPath("$.archive.exportStatus").value("PENDING"));
        standIn.exportStatus = 200;

        archive("nea-smyrni").andExpect(jsonPath("$.archive.exportStatus").value("DONE"));
        archive("nea-smyrni").andExpect(jsonPath("$.archive.exportStatus").value("DONE"));

        assertThat(standIn.caseService).hasSize(2);
        assertThat(jdbc.queryForObject("select archived_at from centre where id = 'nea-smyrni'", java.sql.Timestamp.class)
                .toInstant()).as("archived once, when it first became ARCHIVED").isEqualTo(START);
    }

    @Test
    void aScheduledRetryLeavesCentresThatAreNotArchivedAlone() throws Exception {
        clock.advance(Duration.ofDays(1));
        exports.retryDue();
        assertThat(standIn.caseService).isEmpty();
    }
}
