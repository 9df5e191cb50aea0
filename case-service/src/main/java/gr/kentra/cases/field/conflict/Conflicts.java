package gr.kentra.cases.field.conflict;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.FieldRegistry;
import gr.kentra.cases.field.FieldProblems;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conflicts kept by the synchronisation: listed with both values side by side (audited as reads of the person), and
 * decided field by field: "mine" writes the field kit's value over the centre's, "theirs" keeps the centre's.
 */
@Service
public class Conflicts {

    enum Choice { MINE, THEIRS }

    /**
     * A conflict as the API shows it: per field the kit's value ({@code mine}) and the centre's ({@code theirs}), and
     * the person's version now (the kit bases its next edit on it once the conflict is decided).
     */
    public record View(UUID id, UUID beneficiaryId, UUID opId, long baseVersion, Map<String, Map<String, Object>> fields,
            String madeBy, Instant madeAt, Instant createdAt, FieldConflict.Status status, String resolvedBy,
            Instant resolvedAt, Map<String, Choice> choices, Long beneficiaryVersion) {
    }

    /** The body of a resolution: one choice for every field of the conflict. */
    public record Resolution(Map<String, Choice> choices) {
    }

    private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> FIELDS = new TypeReference<>() {
    };

    private final FieldConflictRepository conflicts;
    private final FieldRegistry registry;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    Conflicts(FieldConflictRepository conflicts, FieldRegistry registry, AuditTrail audit, JsonMapper json) {
        this.conflicts = conflicts;
        this.registry = registry;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public List<View> open() {
        List<FieldConflict> open = conflicts.findByStatusOrderByCreatedAtAsc(FieldConflict.Status.OPEN);
        open.forEach(c -> audit.recordWithReason(c.beneficiaryId(), RecordType.BENEFICIARY, c.beneficiaryId(),
                AuditAction.READ, "field conflict " + c.id()));
        return open.stream().map(this::view).toList();
    }

    @Transactional
    public View resolve(UUID id, Resolution resolution) {
        FieldConflict conflict = conflicts.findById(id).orElseThrow(FieldProblems::conflictNotFound);
        if (conflict.status() != FieldConflict.Status.OPEN) {
            throw FieldProblems.alreadyResolved();
        }
        Map<String, Map<String, Object>> fields = fieldsOf(conflict);
        Map<String, Choice> choices = resolution == null || resolution.choices() == null ? Map.of()
                : resolution.choices();
        for (String field : fields.keySet()) {
            if (choices.get(field) == null) {
                throw new InvalidField("choices." + field, "NotNull");
            }
        }
        for (String field : choices.keySet()) {
            if (!fields.containsKey(field)) {
                throw new InvalidField("choices." + field, "problem.unknownValue");
            }
        }
        Map<String, Object> mine = new LinkedHashMap<>();
        fields.forEach((field, sides) -> {
            if (choices.get(field) == Choice.MINE) {
                mine.put(field, sides.get("mine"));
            }
        });
        if (!mine.isEmpty()) {
            FieldRegistry.Snapshot current = registry.find(conflict.beneficiaryId());
            if (current == null) {
                throw RecordProblems.notFound("problem.beneficiary.notFound");
            }
            registry.edit(conflict.beneficiaryId(), current.version(), mine);
        }
        String decided = choices.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .sorted().collect(Collectors.joining(","));
        conflict.resolve(CurrentStaff.username(), clock.instant(), decided);
        audit.recordWithReason(conflict.beneficiaryId(), RecordType.BENEFICIARY, conflict.beneficiaryId(),
                AuditAction.UPDATE, "field conflict " + id + " resolved: " + decided);
        return view(conflicts.saveAndFlush(conflict));
    }

    private View view(FieldConflict c) {
        Map<String, Choice> choices = null;
        if (c.choices() != null) {
            choices = new LinkedHashMap<>();
            for (String pair : c.choices().split(",")) {
                String[] parts = pair.split("=", 2);
                choices.put(parts[0], Choice.valueOf(parts[1]));
            }
        }
        FieldRegistry.Snapshot person = registry.find(c.beneficiaryId());
        return new View(c.id(), c.beneficiaryId(), c.opId(), c.baseVersion(), fieldsOf(c), c.madeBy(), c.madeAt(),
                c.createdAt(), c.status(), c.resolvedBy(), c.resolvedAt(), choices,
                person == null ? null : person.version());
    }

    private Map<String, Map<String, Object>> fieldsOf(FieldConflict c) {
        return json.readValue(c.fields(), FIELDS);
    }
}
