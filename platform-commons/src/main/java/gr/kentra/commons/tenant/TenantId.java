package gr.kentra.commons.tenant;

import java.util.regex.Pattern;

/**
 * A centre's tenant id: the municipality slug, e.g. {@code moschato-tavros}.
 * The only way to get from a tenant id to a database schema name is {@link #schemaName()}.
 */
public record TenantId(String value) {

    private static final Pattern VALID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

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

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
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
