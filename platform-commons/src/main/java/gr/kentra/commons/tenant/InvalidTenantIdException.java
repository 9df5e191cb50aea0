package gr.kentra.commons.tenant;

/** A string that is not a well-formed tenant id. The message never echoes more than 40 characters. */
public class InvalidTenantIdException extends IllegalArgumentException {

    public InvalidTenantIdException(String value) {
        super("Not a valid tenant id: " + abbreviate(value));
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
