package gr.kentra.cases.tenancy;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Called by tenant-service (platform-admin service account) when a centre is onboarded. */
@RestController
@RequestMapping("/internal/tenants")
class TenantProvisioningController {

    private final TenantSchemaMigrator migrator;
    private final TenantRegistry registry;

    TenantProvisioningController(TenantSchemaMigrator migrator, TenantRegistry registry) {
        this.migrator = migrator;
        this.registry = registry;
    }

    @PutMapping("/{tenantId}")
    TenantSchemaStatus provision(@PathVariable String tenantId) {
        return migrator.migrate(TenantId.of(tenantId));
    }

    @GetMapping("/{tenantId}")
    TenantSchemaStatus show(@PathVariable String tenantId) {
        return registry.find(TenantId.of(tenantId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
