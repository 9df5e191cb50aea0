package gr.kentra.cases.tenancy.archive;

import java.time.Instant;
import java.util.List;

/** The answer to an export: the zip's file name, size and sha256, and what it holds. */
record ArchiveSummary(String tenant, String schema, String changelogVersion, Instant createdAt, String file,
        long size, String sha256, long totalRows, List<TableRows> tables) {

    record TableRows(String name, long rows, String sha256) {
    }

    static ArchiveSummary of(ArchiveManifest manifest, String file, long size, String sha256) {
        return new ArchiveSummary(manifest.tenant(), manifest.schema(), manifest.changelogVersion(),
                manifest.createdAt(), file, size, sha256, manifest.totalRows(),
                manifest.tables().stream().map(t -> new TableRows(t.name(), t.rows(), t.sha256())).toList());
    }
}
