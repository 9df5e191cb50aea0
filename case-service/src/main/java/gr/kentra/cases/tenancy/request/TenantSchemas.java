package gr.kentra.cases.tenancy.request;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.commons.tenant.TenantId;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.context.spi.TenantSchemaMapper;

/**
 * Tells Hibernate which tenant a session belongs to and which schema that is. The schema is set on the connection
 * by {@link CellConnectionProvider} in the same statement that takes the tenant's move lock, for the length of the
 * transaction (Hibernate is told the provider handles it, so it does not call {@code Connection.setSchema} itself);
 * outside a transaction the connection is on {@value #PLATFORM}.
 * Outside a request (startup, background work) the tenant is the tenant-less {@value #PLATFORM} schema.
 */
public class TenantSchemas implements CurrentTenantIdentifierResolver<String>, TenantSchemaMapper<String> {

    public static final String PLATFORM = DatabaseCells.PLATFORM_SCHEMA;

    private final TenantContext context;

    TenantSchemas(TenantContext context) {
        this.context = context;
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        return context.current().map(TenantId::value).orElse(PLATFORM);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(String tenant) {
        return false;
    }

    @Override
    public String schemaName(String tenant) {
        return PLATFORM.equals(tenant) ? PLATFORM : TenantId.of(tenant).schemaName();
    }
}
