package gr.kentra.commons.web.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** The strict forms of text, ids and dates that JSON bodies and request parameters share. */
public final class StrictText {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private StrictText() {
    }

    /** False for text PostgreSQL cannot keep as sent: a NUL, or half of a surrogate pair. */
    public static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The id in its canonical 36-character form only ({@code 1-1-1-1-1} is not one), else null. */
    public static UUID uuid(String value) {
        return value != null && UUID_FORM.matcher(value).matches() ? UUID.fromString(value) : null;
    }

    /** An ISO date with a four-digit year ({@code +999999999-12-31} is not one), else null. */
    public static LocalDate date(String value) {
        if (value == null || !DATE_FORM.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
