package gr.kentra.cases.tenancy;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schema-per-tenant with one shared pool, through Hibernate 7's tenant schema mapper. */
@Configuration
class HibernateTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer tenantSchemaCustomizer(TenantContext context) {
        TenantSchemas schemas = new TenantSchemas(context);
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, schemas);
            properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, schemas);
        };
    }
}
