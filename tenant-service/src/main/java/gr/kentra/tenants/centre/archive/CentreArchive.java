package gr.kentra.tenants.centre.archive;

import java.time.Instant;

/**
 * The end of a centre's life as the admin view shows it: when it was archived, its export in case-service's archive
 * (file and sha256 once {@code DONE}) and, once deleted, when. Absent for a centre never archived.
 */
public record CentreArchive(Instant archivedAt, ExportStatus exportStatus, String exportFile, String exportSha256,
        Instant deletedAt) {
}
