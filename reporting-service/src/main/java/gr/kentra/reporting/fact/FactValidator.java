package gr.kentra.reporting.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import gr.kentra.commons.facts.Fact;
import gr.kentra.commons.facts.FactType;
import gr.kentra.commons.facts.Flag;
import gr.kentra.commons.facts.Vocabulary;
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
    private Fact bind(JsonNode node, String at, List<FieldProblem> problems) {
        if (node == null || node.isNull() || !node.isObject()) {
            problems.add(new FieldProblem(at.substring(0, at.length() - 1), "field.required"));
            return null;
        }
        try {
            return json.treeToValue(node, Fact.class);
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

    /**
     * Checks every field of the contract's record. The record pattern names each component, so a field added to
     * the contract does not compile here until it is checked and stored.
     */
    private static ValidFact validate(Fact fact, String at, List<FieldProblem> problems) {
        if (!(fact instanceof Fact(String rawId, String tenant, String region, String operation, String month,
                String rawType, String pseudonym, String pseudonymKey, String category, String outcome,
                Integer rawQuantity, String gender, String ageBand, String employmentStatus, Integer isced,
                List<String> rawFlags, Integer rawSign))) {
            return null;
        }
        int before = problems.size();
        UUID id = uuid(rawId, at + "id", problems);
        required(tenant, Vocabulary.SLUG, at + "tenant", problems);
        required(region, Vocabulary.SLUG, at + "region", problems);
        optional(operation, Vocabulary.OPERATION, at + "operation", problems);
        required(month, Vocabulary.MONTH, at + "month", problems);
        FactType type = type(rawType, at + "type", problems);
        optional(category, Vocabulary.CODE, at + "category", problems);
        optional(outcome, Vocabulary.CODE, at + "outcome", problems);
        if (type != null && outcome != null && type.outcomes() != null && !type.outcomes().contains(outcome)) {
            problems.add(new FieldProblem(at + "outcome", "field.notInVocabulary"));
        }
        int quantity = rawQuantity == null ? 1 : rawQuantity;
        if (quantity < 0 || quantity > Vocabulary.MAX_QUANTITY) {
            problems.add(new FieldProblem(at + "quantity", "field.range", 0, Vocabulary.MAX_QUANTITY));
        }
        oneOf(ageBand, Vocabulary.AGE_BANDS, at + "ageBand", problems);
        oneOf(employmentStatus, Vocabulary.EMPLOYMENT_STATUSES, at + "employmentStatus", problems);
        if (isced != null && (isced < Vocabulary.ISCED_MIN || isced > Vocabulary.ISCED_MAX)) {
            problems.add(new FieldProblem(at + "iscedLevel", "field.range", Vocabulary.ISCED_MIN, Vocabulary.ISCED_MAX));
        }
        int flags = flags(rawFlags, at + "flags", problems);
        int sign = rawSign == null ? 1 : rawSign;
        if (sign != 1 && sign != -1 || sign == -1 && type != null && !type.correctable()) {
            problems.add(new FieldProblem(at + "sign", "field.notInVocabulary"));
        }
        person(fact, type, at, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ValidFact(id, tenant, region, operation, month, type, pseudonym, pseudonymKey, category, outcome,
                quantity, gender, ageBand, employmentStatus, isced, flags, sign);
    }

    /**
     * A fact about a person carries a pseudonym and a gender; an event carries neither, an erasure no gender. A
     * fact of unknown type is checked as one about a person.
     */
    private static void person(Fact fact, FactType type, String at, List<FieldProblem> problems) {
        switch (type == null ? FactType.Subject.PERSON : type.subject()) {
            case PERSON -> {
                pseudonym(fact, at, problems);
                if (fact.gender() == null) {
                    problems.add(new FieldProblem(at + "gender", "field.required"));
                } else {
                    oneOf(fact.gender(), Vocabulary.GENDERS, at + "gender", problems);
                }
            }
            case ERASURE -> {
                pseudonym(fact, at, problems);
                mustBeAbsent(fact.gender(), at + "gender", problems);
            }
            case NOBODY -> {
                mustBeAbsent(fact.pseudonym(), at + "pseudonym", problems);
                mustBeAbsent(fact.pseudonymKey(), at + "pseudonymKey", problems);
                mustBeAbsent(fact.gender(), at + "gender", problems);
            }
        }
    }

    private static void pseudonym(Fact fact, String at, List<FieldProblem> problems) {
        required(fact.pseudonym(), Vocabulary.PSEUDONYM, at + "pseudonym", problems);
        optional(fact.pseudonymKey(), Vocabulary.PSEUDONYM_KEY, at + "pseudonymKey", problems);
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
