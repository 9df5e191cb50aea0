package gr.kentra.cases.tenancy.archive;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json} of a tenant export: what was exported, from which changelog version, and per table its
 * CSV file, row count, sha256 and the DDL needed to read (or re-create) it. Written last into the zip, so an
 * export with a manifest is complete.
 */
record ArchiveManifest(String tenant, String schema, String changelogVersion, Instant createdAt, String format,
        List<Table> tables) {

    static final String FORMAT = "kentra-tenant-export/1 (CSV with header, PostgreSQL COPY)";

    record Table(String name, String file, long rows, String sha256, List<Column> columns,
            List<Column> generatedColumns, List<String> constraints, List<String> indexes) {
    }

    /** {@code type} as PostgreSQL prints it; {@code defaultValue} and {@code generated} are SQL expressions. */
    record Column(String name, String type, boolean nullable, String defaultValue, String generated) {
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
