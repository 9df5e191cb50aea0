package gr.kentra.tenants.centre.registry;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * The end of a centre's life as the admin view shows it: when it was archived, its export in case-service's archive
 * (file and sha256 once {@code DONE}) and, once deleted, when. Absent for a centre never archived.
 */
@NamedInterface("registry")
public record CentreArchive(Instant archivedAt, ExportStatus exportStatus, String exportFile, String exportSha256,
        Instant deletedAt) {

    static CentreArchive of(Centre centre) {
        return centre.archivedAt() == null ? null : new CentreArchive(centre.archivedAt(), centre.exportStatus(),
                centre.exportFile(), centre.exportSha256(), centre.deletedAt());
    }
}
