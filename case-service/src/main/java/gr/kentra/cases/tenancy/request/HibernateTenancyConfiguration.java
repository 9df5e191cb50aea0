package gr.kentra.cases.tenancy.request;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.ReadOnlyConnections;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schema-per-tenant through Hibernate 7's tenant schema mapper, with the connection taken from the pool of the
 * tenant's database cell (one pool per cell, shared by the cell's tenants).
 */
@Configuration
class HibernateTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantSchemaCustomizer(TenantContext context, DatabaseCells cells,
            TenantCells placements, TenantFreezes freezes) {
        TenantSchemas schemas = new TenantSchemas(context);
        CellConnectionProvider connections = new CellConnectionProvider(cells, placements,
                new ReadOnlyConnections(freezes));
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, schemas);
            properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, schemas);
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
        };
    }
}
