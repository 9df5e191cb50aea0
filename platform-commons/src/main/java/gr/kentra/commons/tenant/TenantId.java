package gr.kentra.commons.tenant;

/**
 * A centre's tenant id: the municipality slug, e.g. {@code moschato-tavros}.
 * The only way to get from a tenant id to a database schema name is {@link #schemaName()}.
 */
public record TenantId(String value) {

    /** Schema names are derived, never typed: "t_" + slug with '-' as '_'. */
    public static final String SCHEMA_PREFIX = "t_";

    public TenantId {
        if (!isValid(value)) {
            throw new InvalidTenantIdException(value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    /**
     * As {@code ^[a-z][a-z0-9-]{1,39}$}: a lower-case ASCII letter, then 1 to 39 lower-case ASCII letters, digits or
     * hyphens. A loop, not a regular expression: every request to a centre checks its id (issue 15).
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() < 2 || value.length() > 40) {
            return false;
        }
        char first = value.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The PostgreSQL schema holding this tenant's data; safe to quote and embed in SQL. */
    public String schemaName() {
        return SCHEMA_PREFIX + value.replace('-', '_');
    }

    /** The schema name as a quoted SQL identifier. */
    public String quotedSchemaName() {
        return '"' + schemaName() + '"';
    }

    @Override
    public String toString() {
        return value;
    }
}
