package gr.kentra.cases.field.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.FieldRegistry;
import gr.kentra.cases.distribution.FieldDistributions;
import gr.kentra.cases.field.FieldProblems;
import gr.kentra.cases.field.FieldProperties;
import gr.kentra.cases.field.conflict.FieldConflict;
import gr.kentra.cases.field.conflict.FieldConflictRepository;
import gr.kentra.cases.request.FieldRequests;
import gr.kentra.cases.session.FieldSessions;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the field kit's operation log, each operation in its own transaction (a refusal undoes that operation
 * only, and is answered beside it rather than failing the others). An operation id seen before answers what it
 * answered then and changes nothing. Every change goes through its own package's door (registry, requests,
 * sessions, distributions), so it is validated and audited as online, and needs the permission it needs online; one
 * more audit line per operation names it and when it was made in the field.
 */
@Service
public class Synchronisation {

    /** A kit's clock may run a little ahead of the server's; more than this is a wrong clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final AppliedOperationRepository operations;
    private final FieldConflictRepository conflicts;
    private final FieldRegistry registry;
    private final FieldRequests requests;
    private final FieldSessions sessions;
    private final FieldDistributions distributions;
    private final Allowed allowed;
    private final CentreChanges centreChanges;
    private final AuditTrail audit;
    private final OperationProblems problems;
    private final JsonMapper json;
    private final FieldProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    Synchronisation(AppliedOperationRepository operations, FieldConflictRepository conflicts, FieldRegistry registry,
            FieldRequests requests, FieldSessions sessions, FieldDistributions distributions, Allowed allowed,
            CentreChanges centreChanges, AuditTrail audit, OperationProblems problems, JsonMapper json,
            FieldProperties properties, PlatformTransactionManager transactions) {
        this.operations = operations;
        this.conflicts = conflicts;
        this.registry = registry;
        this.requests = requests;
        this.sessions = sessions;
        this.distributions = distributions;
        this.allowed = allowed;
        this.centreChanges = centreChanges;
        this.audit = audit;
        this.problems = problems;
        this.json = json;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The answer to a synchronisation: one result per operation, in the order sent. */
    public record Answer(Instant syncedAt, List<OperationResult> results) {
    }

    public Answer sync(List<Operation> log) {
        if (log == null) {
            throw new InvalidField("operations", "NotNull");
        }
        if (log.size() > properties.maxOperations()) {
            throw new InvalidField("operations", "problem.field.tooManyOperations");
        }
        Instant syncedAt = clock.instant();
        List<OperationResult> results = new ArrayList<>();
        for (Operation op : log) {
            results.add(one(op, syncedAt));
        }
        return new Answer(syncedAt, results);
    }

    private OperationResult one(Operation op, Instant syncedAt) {
        UUID opId = op == null ? null : op.opId();
        try {
            return transaction.execute(status -> {
                requireWellFormed(op, syncedAt);
                Optional<AppliedOperation> seen = operations.findById(op.opId());
                if (seen.isPresent()) {
                    return seen.get().replayed();
                }
                if (!allowed.to(op.kind().permission())) {
                    throw FieldProblems.notAllowed();
                }
                OperationResult result = switch (op.kind()) {
                    case REGISTER_PERSON -> register(op);
                    case EDIT_PERSON -> edit(op, syncedAt);
                    case RECORD_REQUEST -> recordRequest(op);
                    case RECORD_SESSION -> recordSession(op);
                    case RECORD_DISTRIBUTION -> recordDistribution(op);
                };
                operations.saveAndFlush(new AppliedOperation(op, CurrentStaff.username(), syncedAt, result));
                return result;
            });
        } catch (DataIntegrityViolationException race) {
            // The same operation id arrived twice at once; the first one's answer stands.
            Optional<OperationResult> first = op == null || opId == null ? Optional.empty()
                    : transaction.execute(s -> operations.findById(opId).map(AppliedOperation::replayed));
            if (first != null && first.isPresent()) {
                return first.get();
            }
            throw race;
        } catch (RuntimeException e) {
            ProblemDetail problem = problems.of(e);
            if (problem == null) {
                throw e;
            }
            return OperationResult.refused(opId, problem);
        }
    }

    private void requireWellFormed(Operation op, Instant now) {
        if (op == null || op.opId() == null) {
            throw new InvalidField("opId", "NotNull");
        }
        if (op.kind() == null) {
            throw new InvalidField("kind", "NotNull");
        }
        if (op.entityId() == null) {
            throw new InvalidField("entityId", "NotNull");
        }
        if (op.fields() == null || op.fields().isEmpty()) {
            throw new InvalidField("fields", "problem.field.noFields");
        }
        if (op.madeAt() == null) {
            throw new InvalidField("madeAt", "NotNull");
        }
        if (op.madeAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidField("madeAt", "problem.field.madeInFuture");
        }
        // The kit synchronises what its own user made: nobody signs someone else's work.
        if (op.madeBy() != null && !op.madeBy().equals(CurrentStaff.username())) {
            throw new InvalidField("madeBy", "problem.field.madeByOther");
        }
    }

    private OperationResult register(Operation op) {
        if (operations.findFirstByKindAndEntityId(OperationKind.REGISTER_PERSON, op.entityId()).isPresent()
                || registry.find(op.entityId()) != null) {
            throw new InvalidField("entityId", "problem.field.entityTaken");
        }
        FieldRegistry.Snapshot person = registry.register(op.fields(), CurrentStaff.username());
        audit.recordWithReason(person.id(), RecordType.BENEFICIARY, person.id(), AuditAction.CREATE, reason(op, ""));
        return new OperationResult(op.opId(), Outcome.APPLIED, false, person.id(), person.version(), null, null,
                null);
    }

    private OperationResult edit(Operation op, Instant now) {
        if (op.baseVersion() == null) {
            throw new InvalidField("baseVersion", "NotNull");
        }
        UUID person = personOf(op.entityId());
        FieldRegistry.Snapshot current = registry.find(person);
        if (current == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        long base = op.baseVersion();
        if (base > current.version() || base < 0) {
            throw new InvalidField("baseVersion", "problem.field.unknownVersion");
        }
        if (base == current.version()) {
            FieldRegistry.Snapshot edited = registry.edit(person, base, op.fields());
            audit.recordWithReason(person, RecordType.BENEFICIARY, person, AuditAction.UPDATE, reason(op, ""));
            return new OperationResult(op.opId(), Outcome.APPLIED, false, person, edited.version(), null, null, null);
        }
        Optional<Set<String>> changedHere = centreChanges.since(person, base, current.version());
        Map<String, Object> mergeable = new LinkedHashMap<>();
        Map<String, Map<String, Object>> conflicting = new LinkedHashMap<>();
        op.fields().forEach((field, mine) -> {
            Object theirs = current.fields().get(field);
            boolean changed = changedHere.map(fields -> fields.contains(field)).orElse(true);
            if (!changed || same(mine, theirs)) {
                mergeable.put(field, mine);
            } else {
                Map<String, Object> sides = new LinkedHashMap<>();
                sides.put("mine", mine);
                sides.put("theirs", theirs);
                conflicting.put(field, sides);
            }
        });
        long version = current.version();
        if (!mergeable.isEmpty()) {
            version = registry.edit(person, current.version(), mergeable).version();
        }
        UUID conflictId = null;
        if (!conflicting.isEmpty()) {
            FieldConflict conflict = conflicts.save(new FieldConflict(op.opId(), person, base,
                    json.writeValueAsString(conflicting), CurrentStaff.username(), op.madeAt(), now));
            conflictId = conflict.id();
        }
        audit.recordWithReason(person, RecordType.BENEFICIARY, person, AuditAction.UPDATE, reason(op,
                conflicting.isEmpty() ? "" : "; conflict " + conflictId + " kept on " + String.join(",",
                        conflicting.keySet())));
        return new OperationResult(op.opId(), conflicting.isEmpty() ? Outcome.MERGED : Outcome.CONFLICT, false,
                person, version, List.copyOf(mergeable.keySet()), conflictId, null);
    }

    private OperationResult recordRequest(Operation op) {
        Map<String, Object> fields = withCentreIds(op.fields(), "beneficiaryId");
        FieldRequests.Recorded recorded = requests.record(fields);
        UUID person = UUID.fromString((String) fields.get("beneficiaryId"));
        audit.recordWithReason(person, RecordType.REQUEST, recorded.id(), AuditAction.CREATE, reason(op, ""));
        return new OperationResult(op.opId(), Outcome.APPLIED, false, recorded.id(), recorded.version(), null, null,
                null);
    }

    private OperationResult recordSession(Operation op) {
        FieldSessions.Recorded recorded = sessions.record(withCentreIds(op.fields(), "participants"));
        recorded.participants().forEach(person -> audit.recordWithReason(person, RecordType.COUNSELLING_SESSION,
                recorded.id(), AuditAction.CREATE, reason(op, "")));
        return new OperationResult(op.opId(), Outcome.APPLIED, false, recorded.id(), recorded.version(), null, null,
                null);
    }

    private OperationResult recordDistribution(Operation op) {
        FieldDistributions.Recorded recorded = distributions.record(withCentreIds(op.fields(), "beneficiaryId"));
        audit.recordWithReason(recorded.beneficiaryId(), RecordType.GOODS_DISTRIBUTION, recorded.id(),
                AuditAction.CREATE, reason(op, ""));
        return new OperationResult(op.opId(), Outcome.APPLIED, false, recorded.id(), recorded.version(), null, null,
                null);
    }

    /**
     * The fields with the person ids of {@code field} (one id, or a list of them) as the centre knows them: a kit's
     * id of a person it registered offline becomes the centre's. What is not an id is left for validation to name.
     */
    private Map<String, Object> withCentreIds(Map<String, Object> given, String field) {
        Map<String, Object> fields = new LinkedHashMap<>(given);
        Object value = fields.get(field);
        if (value instanceof String text) {
            fields.put(field, centreId(text, field));
        } else if (value instanceof List<?> list) {
            List<Object> ids = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ids.add(list.get(i) instanceof String text ? centreId(text, field + "[" + i + "]") : list.get(i));
            }
            fields.put(field, ids);
        }
        return fields;
    }

    private String centreId(String text, String field) {
        try {
            return personOf(UUID.fromString(text)).toString();
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidField(field, "problem.unknownValue");
        }
    }

    /** A person's id at the centre: the kit's id of a person it registered offline is mapped to it. */
    private UUID personOf(UUID id) {
        if (registry.find(id) != null) {
            return id;
        }
        return operations.findFirstByKindAndEntityId(OperationKind.REGISTER_PERSON, id)
                .map(AppliedOperation::resultId).orElse(id);
    }

    private boolean same(Object mine, Object theirs) {
        return json.valueToTree(blankToNull(mine)).equals(json.valueToTree(blankToNull(theirs)));
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static String reason(Operation op, String more) {
        return "field sync: operation " + op.opId() + " " + op.kind() + " made offline at " + op.madeAt() + more;
    }
}
