package gr.kentra.cases.tenancy.move;

import gr.kentra.commons.tenant.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Called by tenant-service (platform-admin) to place a centre on another database cell. Synchronous: the answer
 * comes once the centre works on its new cell (or, after a failure, still on its old one).
 */
@RestController
@RequestMapping("/internal/tenants")
class TenantMoveController {

    record MoveRequest(@NotBlank String cell) {
    }

    private final TenantMover mover;

    TenantMoveController(TenantMover mover) {
        this.mover = mover;
    }

    @PostMapping("/{tenantId}/move")
    MoveReport move(@PathVariable String tenantId, @Valid @RequestBody MoveRequest request) {
        return mover.move(TenantId.of(tenantId), request.cell());
    }
}
