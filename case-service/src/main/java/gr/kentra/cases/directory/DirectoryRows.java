package gr.kentra.cases.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The repeated rows of the directory form (its locations, contacts and service areas), as the page sends them:
 * fields named as the API's JSON ({@code locations[1].postalCode}). Adding or removing a row changes what was typed,
 * renumbered, and saves nothing.
 */
final class DirectoryRows {

    /** A list of rows: its JSON name, its fields and the message codes of a row's legend, remove and add buttons. */
    enum Kind {
        LOCATIONS("locations", List.of("address", "city", "postalCode"), "page.partners.location",
                "page.partners.removeLocation", "page.partners.addLocation"),
        CONTACTS("contacts", List.of("name", "phone", "email"), "page.partners.contactRow",
                "page.partners.removeContact", "page.partners.addContact"),
        SERVICE_AREAS("serviceAreas", List.of("name", "description"), "page.partners.serviceAreaRow",
                "page.partners.removeServiceArea", "page.partners.addServiceArea");

        final String list;
        final List<String> fields;
        final String legend;
        final String remove;
        final String add;

        Kind(String list, List<String> fields, String legend, String remove, String add) {
            this.list = list;
            this.fields = fields;
            this.legend = legend;
            this.remove = remove;
            this.add = add;
        }

        static Kind of(String list) {
            for (Kind kind : values()) {
                if (kind.list.equals(list)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(list);
        }

        String field(int row, String part) {
            return list + "[" + row + "]." + part;
        }

        /** How many rows the typed form holds (one more than the highest index named). */
        int rows(Map<String, String> typed) {
            Pattern index = Pattern.compile("^" + list + "\\[(\\d{1,2})]\\.");
            int rows = 0;
            for (String name : typed.keySet()) {
                Matcher matcher = index.matcher(name);
                if (matcher.find()) {
                    rows = Math.max(rows, Integer.parseInt(matcher.group(1)) + 1);
                }
            }
            return Math.min(rows, DirectoryForm.MAX_ROWS);
        }
    }

    /** Each list's fields as the form shows them, in order. */
    static final Map<String, List<String>> FIELDS = fields();

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            fields.put(kind.list, kind.fields);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** Each list's message codes: its row's legend, its remove button's label and its add button's text. */
    static final Map<String, Map<String, String>> MESSAGES = messages();

    private static Map<String, Map<String, String>> messages() {
        Map<String, Map<String, String>> codes = new java.util.LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            codes.put(kind.list, Map.of("legend", kind.legend, "remove", kind.remove, "add", kind.add));
        }
        return java.util.Collections.unmodifiableMap(codes);
    }

    /** A row change asked by a button: {@code add-locations} or {@code remove-serviceAreas-1}. */
    private static final Pattern CHANGE =
            Pattern.compile("^(add|remove)-(locations|contacts|serviceAreas)(?:-(\\d{1,2}))?$");

    private DirectoryRows() {
    }

    /**
     * What was typed with the row added or removed (later rows moved up), and the field to focus after: the new
     * row's first field, or the list's add button.
     */
    static Changed change(Map<String, String> typed, String change) {
        Map<String, String> now = new HashMap<>(typed);
        now.remove("row");
        Matcher matcher = CHANGE.matcher(change);
        if (!matcher.matches()) {
            return new Changed(now, null);
        }
        Kind kind = Kind.of(matcher.group(2));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int row = 0; row < kind.rows(typed); row++) {
            Map<String, String> values = new HashMap<>();
            for (String part : kind.fields) {
                values.put(part, typed.getOrDefault(kind.field(row, part), ""));
                now.remove(kind.field(row, part));
            }
            rows.add(values);
        }
        String focus = "add-" + kind.list;
        if (matcher.group(1).equals("add") && rows.size() < DirectoryForm.MAX_ROWS) {
            rows.add(new HashMap<>());
            focus = kind.field(rows.size() - 1, kind.fields.getFirst());
        } else if (matcher.group(3) != null && Integer.parseInt(matcher.group(3)) < rows.size()) {
            rows.remove(Integer.parseInt(matcher.group(3)));
        }
        for (int row = 0; row < rows.size(); row++) {
            for (String part : kind.fields) {
                now.put(kind.field(row, part), rows.get(row).getOrDefault(part, ""));
            }
        }
        return new Changed(now, focus);
    }

    record Changed(Map<String, String> typed, String focus) {
    }

    /** Row numbers 0..n-1 of each list, at least one row each so that the form offers one to fill. */
    static Map<String, List<Integer>> numbers(Map<String, String> typed) {
        Map<String, List<Integer>> numbers = new HashMap<>();
        for (Kind kind : Kind.values()) {
            List<Integer> rows = new ArrayList<>();
            for (int row = 0; row < Math.max(1, kind.rows(typed)); row++) {
                rows.add(row);
            }
            numbers.put(kind.list, rows);
        }
        return numbers;
    }

    /** The error summary's labels of every row field shown: «Τοποθεσία 2: Ταχυδρομικός κώδικας». */
    static void labels(Map<String, String> labels, Map<String, List<Integer>> numbers, MessageSource messages,
            Locale locale) {
        for (Kind kind : Kind.values()) {
            for (int row : numbers.get(kind.list)) {
                String legend = messages.getMessage(kind.legend, new Object[] {row + 1}, locale);
                for (String part : kind.fields) {
                    labels.put(kind.field(row, part), legend + ": "
                            + messages.getMessage("page.partners." + kind.list + "." + part, null, locale));
                }
            }
        }
    }
}
