package gr.kentra.cases.tenancy.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.lifecycle.CentreLifecycle;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end of a centre's life in this service: a full export of its schema into the archive directory, and, only once
 * such an export exists and the registry says the centre is archived and past its retention, the removal of its
 * schema and of its row in {@code platform.tenant_schema}. Export and removal of one tenant never run at the same
 * time.
 */
@Component
class TenantArchives {

    private static final Logger log = LoggerFactory.getLogger(TenantArchives.class);

    private final TenantRegistry registry;
    private final TenantCells placements;
    private final ArchiveDirectory directory;
    private final ArchiveWriter writer;
    private final Clock clock = Clock.systemUTC();
    private final Map<TenantId, Object> locks = new ConcurrentHashMap<>();
    private final CentreLifecycle lifecycle;

    TenantArchives(TenantRegistry registry, TenantCells placements, ArchiveDirectory directory,
            JsonMapper json, CentreLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.registry = registry;
        this.placements = placements;
        this.directory = directory;
        this.writer = new ArchiveWriter(json);
    }

    /**
     * A new export every time (never overwriting an earlier one). It runs on its own non-pooled connection to the
     * tenant's cell: a large centre takes a while, and casework must not wait for a pool connection meanwhile.
     */
    ArchiveSummary export(TenantId tenant) {
        synchronized (lockOf(tenant)) {
            TenantSchemaStatus known = registry.find(tenant).orElseThrow(TenantArchives::unknown);
            Instant at = clock.instant();
            String name = directory.newName(tenant, at);
            Path part = directory.partOf(name);
            try {
                directory.prepare();
                ArchiveWriter.Written written;
                try (Connection connection = placements.of(tenant).unpooled().getConnection()) {
                    written = writer.write(connection, tenant, known.changelogVersion(), at, part);
                }
                Path file = directory.publish(name);
                log.info("Tenant {} exported to {} ({} tables, {} rows)", tenant, name,
                        written.manifest().tables().size(), written.manifest().totalRows());
                return ArchiveSummary.of(written.manifest(), name, Files.size(file), written.sha256());
            } catch (SQLException e) {
                throw new IllegalStateException("Export of tenant " + tenant + " failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException("Export of tenant " + tenant + " failed", e);
            } finally {
                deleteQuietly(part);
            }
        }
    }

    /**
     * Drops the tenant's schema on its cell, then forgets the tenant. Refused while no complete export of it (one
     * with its manifest) is in the archive directory. Repeatable after a failure half-way: the drop is
     * {@code if exists} and the registry row goes last.
     */
    void remove(TenantId tenant) {
        synchronized (lockOf(tenant)) {
            registry.find(tenant).orElseThrow(TenantArchives::unknown);
            // Asked now, not from the cache: a stolen service token alone cannot drop an active centre.
            lifecycle.schemaDeletionRefusal(tenant).ifPresent(reason -> {
                throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.schemaDeletion.refused.title",
                        "problem.schemaDeletion.refused", tenant.value(), reason);
            });
            if (directory.exportsOf(tenant).isEmpty()) {
                throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.archive.missing.title",
                        "problem.archive.missing", tenant.value());
            }
            DatabaseCell cell = placements.of(tenant);
            cell.jdbc().execute("drop schema if exists " + tenant.quotedSchemaName() + " cascade");
            registry.remove(tenant);
            placements.forget(tenant);
            log.info("Tenant {} removed from cell {} after its export", tenant, cell.name());
        }
    }

    /**
     * Deletes one export file of a centre whose schema is already gone (after the platform administrator's retention
     * decision). Refused while the schema is held: the export is what allows it to be dropped. 404 when no such file.
     */
    void removeExport(TenantId tenant, String file) {
        synchronized (lockOf(tenant)) {
            if (registry.find(tenant).isPresent()) {
                throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.archive.schemaHeld.title",
                        "problem.archive.schemaHeld", tenant.value());
            }
            try {
                if (!directory.delete(tenant, file)) {
                    throw RecordProblems.notFound("problem.archive.exportNotFound");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Deleting an export of tenant " + tenant + " failed", e);
            }
            log.info("Export {} of tenant {} deleted after its retention review", file, tenant);
        }
    }

    private Object lockOf(TenantId tenant) {
        return locks.computeIfAbsent(tenant, t -> new Object());
    }

    private static ErrorResponseException unknown() {
        return RecordProblems.notFound("problem.tenant.notFound");
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            log.warn("Could not remove the unfinished export {}", part.getFileName());
        }
    }
}
