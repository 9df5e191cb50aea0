package gr.kentra.commons.security;

/**
 * Spring Security's firewall rules for header names and values, {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} and
 * {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, checked by a loop: the same characters pass and fail (every code
 * point assigned and not a control character, a tab allowed in values), but the firewall checks a header's value each
 * time anything reads it, and the bearer token, read more than once per request, is over a thousand characters long.
 * The expressions were about 5 % of the gateway's CPU per record read and 3.4 % of case-service's (issue 15,
 * BENCHMARKS.md). {@code HeaderCharactersTest} holds the loop to the expressions over seeded strings.
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, or no name at all. */
    public static boolean isAllowedName(String name) {
        return allAllowed(name, false);
    }

    /** As {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, or no value at all. */
    public static boolean isAllowedValue(String value) {
        return allAllowed(value, true);
    }

    private static boolean allAllowed(String text, boolean tab) {
        if (text == null) {
            // As the firewall's own rules: an absent value (a header read but not sent) passes.
            return true;
        }
        for (int i = 0, length = text.length(); i < length; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                // Printable ASCII, nearly every character of a real header: assigned and not a control character.
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean allowed = type != Character.UNASSIGNED && (type != Character.CONTROL || tab && codePoint == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
