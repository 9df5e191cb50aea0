package gr.kentra.tenants.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the error summary's link for a form field points: the field itself when it has an id, else the message
 * beside it (rows of hours and operations have no id of their own).
 */
final class FieldIds {

    private static final Set<String> WITHOUT_INPUT = Set.of("operations", "opening", "walkIn");
    /** The form's fields top to bottom: the summary lists the problems in the order the reader meets the fields. */
    private static final List<String> FORM_ORDER = List.of("id", "nameEl", "nameEn", "municipality", "region", "cell",
            "operatingSince", "programmeName", "programmeCode", "priorityAxisCode", "priorityAxisName", "operations",
            "address", "phone", "email", "opening", "walkIn", "staff");

    private FieldIds() {
    }

    static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        errors.entrySet().stream().sorted(Comparator.comparingInt(e -> rank(e.getKey())))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static int rank(String field) {
        String name = field.split("[\\[.]", 2)[0];
        int rank = FORM_ORDER.indexOf(name);
        return rank < 0 ? FORM_ORDER.size() : rank;
    }

    static Map<String, String> of(Map<String, String> errors) {
        Map<String, String> targets = new LinkedHashMap<>();
        errors.keySet().forEach(field -> targets.put(field, of(field)));
        return targets;
    }

    static String of(String field) {
        String id = field.replace('[', '-').replace("]", "").replace('.', '-');
        if (field.startsWith("staff[")) {
            return id;
        }
        return field.contains("[") || WITHOUT_INPUT.contains(field) ? id + "-error" : id;
    }
}
