package gr.kentra.cases.tenancy.migration;

import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
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

    /**
     * Where the centre sits: for the indicators its region and ESF operation, for its data the database cell
     * (the default cell when absent). Optional, so that a bare PUT still (re)migrates.
     */
    record Placement(@Pattern(regexp = "^[a-z][a-z-]{1,39}$") String region,
            @Pattern(regexp = "^[0-9]{4,12}$") String operation,
            @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String cell) {
    }

    @PutMapping("/{tenantId}")
    TenantSchemaStatus provision(@PathVariable String tenantId,
            @Valid @RequestBody(required = false) Placement placement) {
        TenantId tenant = TenantId.of(tenantId);
        TenantSchemaStatus status = migrator.migrate(tenant, placement == null ? null : placement.cell());
        if (placement != null) {
            registry.recordFunding(tenant, placement.region(), placement.operation());
        }
        return status;
    }

    @GetMapping("/{tenantId}")
    TenantSchemaStatus show(@PathVariable String tenantId) {
        return registry.find(TenantId.of(tenantId))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }
}
