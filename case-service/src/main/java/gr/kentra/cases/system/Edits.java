package gr.kentra.cases.system;

import java.util.List;
import java.util.Objects;

/** What every editable record does when it applies an edit: note which fields changed, for the audit trail. */
public final class Edits {

    private Edits() {
    }

    /** Returns {@code after}, adding {@code field} to {@code changed} when it differs from {@code before}. */
    public static <T> T track(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }

    /** Optional free text: surrounding blanks dropped, nothing typed kept as null. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
