package gr.kentra.tenants.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.registry.CentreStatus;
import gr.kentra.tenants.lifecycle.ExportRetentionRecords.Decision;
import gr.kentra.tenants.lifecycle.ExportRetentionRecords.DecisionLine;
import gr.kentra.tenants.lifecycle.ExportRetentionRecords.HeldExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention review of archived centres' exports. An export is due once the retention period has passed since
 * archiving (the same period after which the centre may be deleted), or on the review date of an earlier KEEP. The
 * administrator deletes it (the file in case-service's archive, then the registry says it is gone) or keeps it with
 * a reason until a review date. The export is what allows the schema to be dropped, so it is deleted only once the
 * centre itself is DELETED; an ARCHIVED centre's export can only be kept.
 */
@Component
class ExportRetention implements ExportsDue {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;

    /** An export past its retention, as the review list shows it. */
    record Due(String id, String name, CentreStatus status, Instant archivedAt, String exportFile, String exportSha256,
            Instant dueFrom, LocalDate keptUntil, boolean deletable) {
    }

    record Request(Decision decision, String reason, LocalDate reviewOn) {
    }

    /** A field of the request and the message code saying what is wrong with it. */
    record FieldProblem(String field, String code) {
    }

    private static final Logger log = LoggerFactory.getLogger(ExportRetention.class);

    private final ExportRetentionRecords records;
    private final LifecycleRecords centres;
    private final TenantArchive archive;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final LifecycleProperties properties;
    private final Clock clock;

    ExportRetention(ExportRetentionRecords records, LifecycleRecords centres, TenantArchive archive, AuditTrail audit,
            TransactionTemplate transactions, LifecycleProperties properties, Clock clock) {
        this.records = records;
        this.centres = centres;
        this.archive = archive;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Exports past their retention period (or review date), longest overdue first. */
    List<Due> due() {
        Instant now = clock.instant();
        return records.held().stream().map(this::due).filter(due -> !now.isBefore(due.dueFrom())).toList();
    }

    @Override
    public int count() {
        return due().size();
    }

    /** What is wrong with the request itself, before any centre is looked at; empty when nothing. */
    List<FieldProblem> check(Request request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.decision() == null) {
            problems.add(new FieldProblem("decision", "problem.exportRetention.decision"));
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "problem.exportRetention.reason"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (request.decision() == Decision.KEEP && (request.reviewOn() == null || !request.reviewOn().isAfter(today)
                || request.reviewOn().isAfter(today.plus(properties.archiveRetention())))) {
            problems.add(new FieldProblem("reviewOn", "problem.exportRetention.reviewOn"));
        }
        if (request.decision() == Decision.DELETE && request.reviewOn() != null) {
            problems.add(new FieldProblem("reviewOn", "problem.exportRetention.reviewOnDelete"));
        }
        return problems;
    }

    /** Records the decision on the centre's export; the request has passed {@link #check}. */
    DecisionLine decide(String id, Request request, String actor) {
        LifecycleRecords.State state = centres.find(id).orElseThrow(LifecycleProblems::notFound);
        if (state.status() != CentreStatus.ARCHIVED && state.status() != CentreStatus.DELETED) {
            throw ExportRetentionProblems.notArchived(id, state.status());
        }
        HeldExport held = records.held(id).orElseThrow(() -> ExportRetentionProblems.nothingHeld(id));
        Due due = due(held);
        if (clock.instant().isBefore(due.dueFrom())) {
            throw ExportRetentionProblems.notDue(id, due.dueFrom());
        }
        String reason = request.reason().strip();
        return request.decision() == Decision.DELETE ? delete(held, reason, actor)
                : keep(held, reason, request.reviewOn(), actor);
    }

    List<DecisionLine> decisions(String centre, int limit) {
        return records.decisions(centre, limit);
    }

    private DecisionLine delete(HeldExport held, String reason, String actor) {
        if (held.status() != CentreStatus.DELETED) {
            throw ExportRetentionProblems.schemaHeld(held.id());
        }
        try {
            archive.deleteExport(TenantId.of(held.id()), held.exportFile());
        } catch (RuntimeException e) {
            audit.record(held.id(), "system", "EXPORT_DELETION_INCOMPLETE", abbreviate(e.getMessage()));
            log.warn("Deleting the export {} of centre {} failed: {}", held.exportFile(), held.id(), e.getMessage());
            throw ExportRetentionProblems.incomplete(held.id());
        }
        DecisionLine line = transactions.execute(status -> {
            Instant now = clock.instant();
            if (!records.markDeleted(held.id(), now)) {
                throw ExportRetentionProblems.nothingHeld(held.id());
            }
            audit.record(held.id(), actor, "EXPORT_DELETED", "file=" + held.exportFile() + " sha256="
                    + held.exportSha256() + " reason=" + reason);
            return records.insert(held.id(), Decision.DELETE, reason, null, held.exportFile(), actor, now);
        });
        log.info("Export {} of centre {} deleted after its retention review", held.exportFile(), held.id());
        return line;
    }

    private DecisionLine keep(HeldExport held, String reason, LocalDate reviewOn, String actor) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            if (!records.keepUntil(held.id(), reviewOn, now)) {
                throw ExportRetentionProblems.nothingHeld(held.id());
            }
            audit.record(held.id(), actor, "EXPORT_KEPT", "file=" + held.exportFile() + " until=" + reviewOn
                    + " reason=" + reason);
            return records.insert(held.id(), Decision.KEEP, reason, reviewOn, held.exportFile(), actor, now);
        });
    }

    private Due due(HeldExport held) {
        Instant dueFrom = held.reviewOn() != null ? held.reviewOn().atStartOfDay(ZoneOffset.UTC).toInstant()
                : held.archivedAt().atZone(ZoneOffset.UTC).plus(properties.archiveRetention()).toInstant();
        return new Due(held.id(), held.name(), held.status(), held.archivedAt(), held.exportFile(),
                held.exportSha256(), dueFrom, held.reviewOn(), held.status() == CentreStatus.DELETED);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300);
    }
}
