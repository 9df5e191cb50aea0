package gr.kentra.cases.tenancy;

import gr.kentra.commons.tenant.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** Where the centre sits for the indicators; optional so that a bare PUT still (re)migrates. */
    record Funding(@Pattern(regexp = "^[a-z][a-z-]{1,39}$") String region,
            @Pattern(regexp = "^[0-9]{4,12}$") String operation) {
    }

    @PutMapping("/{tenantId}")
    TenantSchemaStatus provision(@PathVariable String tenantId, @Valid @RequestBody(required = false) Funding funding) {
        TenantId tenant = TenantId.of(tenantId);
        TenantSchemaStatus status = migrator.migrate(tenant);
        if (funding != null) {
            registry.recordFunding(tenant, funding.region(), funding.operation());
        }
        return status;
    }

    @GetMapping("/{tenantId}")
    TenantSchemaStatus show(@PathVariable String tenantId) {
        return registry.find(TenantId.of(tenantId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
