package gr.kentra.cases.tenancy.archive;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Called by tenant-service (its own client credentials; see SecurityConfiguration) when a centre is archived, and
 * when an administrator has confirmed its deletion after the retention period.
 */
@RestController
@RequestMapping("/internal/tenants")
class TenantArchiveController {

    private final TenantArchives archives;

    TenantArchiveController(TenantArchives archives) {
        this.archives = archives;
    }

    @PostMapping("/{tenantId}/archive")
    ArchiveSummary archive(@PathVariable String tenantId) {
        return archives.export(TenantId.of(tenantId));
    }

    @DeleteMapping("/{tenantId}")
    ResponseEntity<Void> delete(@PathVariable String tenantId) {
        archives.remove(TenantId.of(tenantId));
        return ResponseEntity.noContent().build();
    }

    /** After the platform administrator's retention decision on the export of a deleted centre. */
    @DeleteMapping("/{tenantId}/exports/{file}")
    ResponseEntity<Void> deleteExport(@PathVariable String tenantId, @PathVariable String file) {
        archives.removeExport(TenantId.of(tenantId), file);
        return ResponseEntity.noContent().build();
    }
}
