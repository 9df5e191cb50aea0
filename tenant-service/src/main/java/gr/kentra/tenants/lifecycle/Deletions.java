package gr.kentra.tenants.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.archive.ExportStatus;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.registry.CentreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting a centre, in two steps so that no single click does it. A request checks that the centre is archived,
 * its export is done and the retention period has passed, and gives a confirmation code; the deletion needs that
 * code and the centre's id typed again. It removes the Keycloak Organization, then has case-service drop the schema
 * (which it refuses without an export), then keeps the registry row as a DELETED tombstone.
 */
@Component
public class Deletions {

    public record Issued(String centre, String confirmation, Instant expiresAt) {
    }

    public record Deleted(String id, CentreStatus status, Instant deletedAt, String exportFile, String exportSha256) {
    }

    private static final Logger log = LoggerFactory.getLogger(Deletions.class);

    private final LifecycleRecords records;
    private final DeletionCodes codes;
    private final TenantArchive archive;
    private final OrganizationRemoval organizations;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final LifecycleProperties properties;
    private final Clock clock;

    Deletions(LifecycleRecords records, DeletionCodes codes, TenantArchive archive, OrganizationRemoval organizations,
            AuditTrail audit, TransactionTemplate transactions, LifecycleProperties properties, Clock clock) {
        this.records = records;
        this.codes = codes;
        this.archive = archive;
        this.organizations = organizations;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    public Issued request(String id, String actor) {
        Instant now = clock.instant();
        LifecycleRecords.State state = deletable(id, now);
        Instant expiresAt = now.plus(properties.deletionCodeValidity());
        String code = transactions.execute(status -> {
            String issued = codes.issue(state.id(), actor, now, expiresAt);
            audit.record(id, actor, "DELETION_REQUESTED", "confirmation valid until " + expiresAt);
            return issued;
        });
        return new Issued(id, code, expiresAt);
    }

    /** {@code slugMismatch} is checked by the caller, which knows the request's language. */
    public Deleted delete(String id, String confirmation, String actor) {
        Instant now = clock.instant();
        LifecycleRecords.State state = deletable(id, now);
        if (!codes.claim(id, confirmation, now)) {
            audit.record(id, actor, "DELETION_REFUSED", "wrong, used or expired confirmation code");
            throw LifecycleProblems.wrongCode();
        }
        TenantId tenant = TenantId.of(id);
        step(id, confirmation, "keycloak", () -> organizations.remove(tenant));
        step(id, confirmation, "case-service", () -> archive.delete(tenant));
        Instant deletedAt = clock.instant();
        transactions.executeWithoutResult(status -> {
            records.markDeleted(id, deletedAt);
            audit.record(id, actor, "DELETED", "export=" + state.exportFile() + " sha256=" + state.exportSha256());
        });
        log.info("Centre {} deleted; its export {} stays in the archive", id, state.exportFile());
        return new Deleted(id, CentreStatus.DELETED, deletedAt, state.exportFile(), state.exportSha256());
    }

    /**
     * Why case-service may not drop the centre's schema now ({@code NOT_FOUND}, {@code NOT_ARCHIVED},
     * {@code EXPORT_PENDING}, {@code RETENTION}), or empty when it may: the rules of a deletion request.
     */
    java.util.Optional<String> schemaDeletionRefusal(String id) {
        try {
            deletable(id, clock.instant());
            return java.util.Optional.empty();
        } catch (LifecycleProblems.Coded refused) {
            var properties = refused.getBody().getProperties();
            Object reason = properties == null ? null : properties.get("reason");
            return java.util.Optional.of(reason == null ? "NOT_FOUND" : reason.toString());
        }
    }

    public boolean exists(String id) {
        return records.find(id).isPresent();
    }

    /** The centre, if it may be deleted now; otherwise the problem that says why not. */
    private LifecycleRecords.State deletable(String id, Instant now) {
        LifecycleRecords.State state = records.find(id).orElseThrow(LifecycleProblems::notFound);
        if (state.status() != CentreStatus.ARCHIVED) {
            throw LifecycleProblems.notArchived(state.status());
        }
        if (state.exportStatus() != ExportStatus.DONE) {
            throw LifecycleProblems.exportPending();
        }
        Instant deletableFrom = state.archivedAt().atZone(ZoneOffset.UTC).plus(properties.archiveRetention())
                .toInstant();
        if (now.isBefore(deletableFrom)) {
            throw LifecycleProblems.retention(deletableFrom);
        }
        return state;
    }

    /** A step that failed leaves the centre ARCHIVED and the code usable again: the deletion can be retried. */
    private void step(String id, String confirmation, String name, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            codes.release(id, confirmation);
            audit.record(id, "system", "DELETION_INCOMPLETE", name + ": " + abbreviate(e.getMessage()));
            log.warn("Deletion of centre {} stopped at {}: {}", id, name, e.getMessage());
            throw LifecycleProblems.incomplete(name);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300);
    }
}
