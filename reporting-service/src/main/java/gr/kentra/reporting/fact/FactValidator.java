package gr.kentra.reporting.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import gr.kentra.reporting.system.InvalidRequestException;
import gr.kentra.reporting.system.InvalidRequestException.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a batch against the fact contract before anything is stored. The envelope (a list of at most
 * {@value #MAX_BATCH} facts) is refused as a whole; then each fact is bound and checked on its own, every problem
 * named with its index and field, so that a refused fact is set aside by the sender and never holds back the
 * facts sent with it.
 */
@Component
final class FactValidator {

    static final int MAX_BATCH = 1_000;

    private final JsonMapper json;

    FactValidator(JsonMapper json) {
        this.json = json;
    }

    /** The valid facts in the batch's order, and the refused ones with their problems. */
    record Checked(List<ValidFact> valid, List<RefusedFact> refused) {
    }

    record RefusedFact(int index, String id, List<FieldProblem> problems) {
    }

    Checked validate(FactBatch batch) {
        if (batch == null || batch.facts() == null || batch.facts().isEmpty()) {
            throw InvalidRequestException.of("facts", "field.required");
        }
        if (batch.facts().size() > MAX_BATCH) {
            throw InvalidRequestException.of("facts", "field.tooMany", MAX_BATCH);
        }
        List<ValidFact> valid = new ArrayList<>();
        List<RefusedFact> refused = new ArrayList<>();
        for (int i = 0; i < batch.facts().size(); i++) {
            JsonNode node = batch.facts().get(i);
            String at = "facts[" + i + "].";
            List<FieldProblem> problems = new ArrayList<>();
            ValidFact fact = validate(bind(node, at, problems), at, problems);
            if (fact != null) {
                valid.add(fact);
            } else {
                refused.add(new RefusedFact(i, idOf(node), problems));
            }
        }
        return new Checked(valid, refused);
    }

    /** The fact as the contract's record, or null (with the problem noted) when its JSON has the wrong shape. */
    private FactBatch.Fact bind(JsonNode node, String at, List<FieldProblem> problems) {
        if (node == null || node.isNull() || !node.isObject()) {
            problems.add(new FieldProblem(at.substring(0, at.length() - 1), "field.required"));
            return null;
        }
        try {
            return json.treeToValue(node, FactBatch.Fact.class);
        } catch (JacksonException e) {
            problems.add(new FieldProblem(at + pathOf(e), "field.unknownOrWrongType"));
            return null;
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isString() && id.asString().length() <= 36 ? id.asString() : null;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "?" : path.toString();
    }

    private static ValidFact validate(FactBatch.Fact fact, String at, List<FieldProblem> problems) {
        if (fact == null) {
            return null;
        }
        int before = problems.size();
        UUID id = uuid(fact.id(), at + "id", problems);
        required(fact.tenant(), Vocabulary.SLUG, at + "tenant", problems);
        required(fact.region(), Vocabulary.SLUG, at + "region", problems);
        optional(fact.operation(), Vocabulary.OPERATION, at + "operation", problems);
        required(fact.month(), Vocabulary.MONTH, at + "month", problems);
        FactType type = type(fact.type(), at + "type", problems);
        optional(fact.category(), Vocabulary.CODE, at + "category", problems);
        optional(fact.outcome(), Vocabulary.CODE, at + "outcome", problems);
        if (type != null && fact.outcome() != null && type.outcomes() != null
                && !type.outcomes().contains(fact.outcome())) {
            problems.add(new FieldProblem(at + "outcome", "field.notInVocabulary"));
        }
        int quantity = fact.quantity() == null ? 1 : fact.quantity();
        if (quantity < 0 || quantity > Vocabulary.MAX_QUANTITY) {
            problems.add(new FieldProblem(at + "quantity", "field.range", 0, Vocabulary.MAX_QUANTITY));
        }
        oneOf(fact.ageBand(), Vocabulary.AGE_BANDS, at + "ageBand", problems);
        oneOf(fact.employmentStatus(), Vocabulary.EMPLOYMENT_STATUSES, at + "employmentStatus", problems);
        Integer isced = fact.iscedLevel();
        if (isced != null && (isced < Vocabulary.ISCED_MIN || isced > Vocabulary.ISCED_MAX)) {
            problems.add(new FieldProblem(at + "iscedLevel", "field.range", Vocabulary.ISCED_MIN, Vocabulary.ISCED_MAX));
        }
        int flags = flags(fact.flags(), at + "flags", problems);
        int sign = fact.sign() == null ? 1 : fact.sign();
        if (sign != 1 && sign != -1 || sign == -1 && type != null && !type.correctable()) {
            problems.add(new FieldProblem(at + "sign", "field.notInVocabulary"));
        }
        person(fact, type, at, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ValidFact(id, fact.tenant(), fact.region(), fact.operation(), fact.month(), type,
                fact.pseudonym(), fact.category(), fact.outcome(), quantity, fact.gender(), fact.ageBand(),
                fact.employmentStatus(), isced, flags, sign);
    }

    /** A fact about a person carries a pseudonym and a gender; an event carries neither, an erasure no gender. */
    private static void person(FactBatch.Fact fact, FactType type, String at, List<FieldProblem> problems) {
        boolean aboutAPerson = type == null || type.aboutAPerson();
        if (aboutAPerson) {
            required(fact.pseudonym(), Vocabulary.PSEUDONYM, at + "pseudonym", problems);
            if (type != null && type.erasure()) {
                mustBeAbsent(fact.gender(), at + "gender", problems);
            } else if (fact.gender() == null) {
                problems.add(new FieldProblem(at + "gender", "field.required"));
            } else {
                oneOf(fact.gender(), Vocabulary.GENDERS, at + "gender", problems);
            }
        } else {
            mustBeAbsent(fact.pseudonym(), at + "pseudonym", problems);
            mustBeAbsent(fact.gender(), at + "gender", problems);
        }
    }

    private static UUID uuid(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "field.required"));
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equals(value.toLowerCase())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "field.format"));
        return null;
    }

    private static FactType type(String value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "field.required"));
            return null;
        }
        for (FactType type : FactType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        problems.add(new FieldProblem(field, "field.notInVocabulary"));
        return null;
    }

    private static int flags(List<String> values, String field, List<FieldProblem> problems) {
        if (values == null) {
            return 0;
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            Flag flag = null;
            for (Flag candidate : Flag.values()) {
                if (candidate.name().equals(value)) {
                    flag = candidate;
                }
            }
            if (flag == null) {
                problems.add(new FieldProblem(field + "[" + i + "]", "field.notInVocabulary"));
            } else {
                flags.add(flag);
            }
        }
        return Flag.mask(flags);
    }

    private static void required(String value, Pattern pattern, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "field.required"));
        } else {
            optional(value, pattern, field, problems);
        }
    }

    private static void optional(String value, Pattern pattern, String field, List<FieldProblem> problems) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "field.format"));
        }
    }

    private static void oneOf(String value, List<String> allowed, String field, List<FieldProblem> problems) {
        if (value != null && !allowed.contains(value)) {
            problems.add(new FieldProblem(field, "field.notInVocabulary"));
        }
    }

    private static void mustBeAbsent(String value, String field, List<FieldProblem> problems) {
        if (value != null) {
            problems.add(new FieldProblem(field, "field.mustBeAbsent"));
        }
    }
}
