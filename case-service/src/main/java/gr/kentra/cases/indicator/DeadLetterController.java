package gr.kentra.cases.indicator;

import java.util.List;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin's view of a centre's refused facts (like every /internal/** path: platform-admin only). */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final TenantDirectory tenants;

    DeadLetterController(DeadLetters deadLetters, TenantDirectory tenants) {
        this.deadLetters = deadLetters;
        this.tenants = tenants;
    }

    @GetMapping("/internal/tenants/{tenantId}/dead-letters")
    List<DeadLetters.DeadLetter> list(@PathVariable String tenantId) {
        TenantId tenant = TenantId.of(tenantId);
        if (tenants.placement(tenant).isEmpty()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        return deadLetters.of(tenant);
    }
}
