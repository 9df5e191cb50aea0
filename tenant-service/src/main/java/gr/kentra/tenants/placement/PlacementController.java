package gr.kentra.tenants.placement;

import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.registry.CentrePlacements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Places a centre on another database cell (platform administrators; {@code /admin/**} is theirs only). The
 * registry records the new cell only once case-service has moved the data; asking again for the cell a centre
 * is on is harmless, and also repairs a registry that missed a move case-service had finished.
 */
@RestController
class PlacementController {

    private static final Logger log = LoggerFactory.getLogger(PlacementController.class);

    record PlacementRequest(@NotBlank @ConfiguredCell String cell) {
    }

    record Placed(String id, String cell, String previousCell, String outcome, Map<String, Object> move) {
    }

    private final CentrePlacements placements;
    private final TenantMover mover;

    PlacementController(CentrePlacements placements, TenantMover mover) {
        this.placements = placements;
        this.mover = mover;
    }

    @PostMapping("/admin/api/tenants/{id}/placement")
    Placed place(@PathVariable String id, @Valid @RequestBody PlacementRequest request,
            @AuthenticationPrincipal Jwt admin) {
        TenantId tenant = TenantId.of(id);
        String previous = placements.cellOf(tenant.value());
        Map<String, Object> report;
        try {
            report = mover.move(tenant, request.cell());
        } catch (TenantMover.MoveFailed e) {
            log.warn("Centre {} not moved to {}, it stays on {}: {}", tenant.value(), request.cell(), previous,
                    e.getMessage());
            throw new PlacementFailed(e, previous);
        }
        if (previous.equals(request.cell())) {
            return new Placed(tenant.value(), previous, previous, "UNCHANGED", report);
        }
        placements.moved(tenant.value(), previous, request.cell(), actor(admin), summary(report));
        log.info("Centre {} placed on {} (was {})", tenant.value(), request.cell(), previous);
        return new Placed(tenant.value(), request.cell(), previous, "MOVED", report);
    }

    /** Rows and time of the move for the audit line: counts only, nothing about anyone in the centre. */
    private static String summary(Map<String, Object> report) {
        if (report == null) {
            return null;
        }
        return "rows=" + report.get("rowsCopied") + " durationMs=" + report.get("durationMillis")
                + " writesRefusedMs=" + report.get("writesRefusedMillis");
    }

    private static String actor(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
