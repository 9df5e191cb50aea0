package gr.kentra.tenants.placement;

import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.registry.CentrePlacements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Places a centre on another database cell, for the API and the admin pages alike. The registry records the new
 * cell only once case-service has moved the data; asking again for the cell a centre is on is harmless, and also
 * repairs a registry that missed a move case-service had finished.
 */
@Service
public class CentreMoves {

    private static final Logger log = LoggerFactory.getLogger(CentreMoves.class);

    /** {@code outcome} is {@code MOVED} or {@code UNCHANGED}; {@code move} is case-service's report (counts only). */
    public record Placed(String id, String cell, String previousCell, String outcome, Map<String, Object> move) {
    }

    private final CentrePlacements placements;
    private final TenantMover mover;

    CentreMoves(CentrePlacements placements, TenantMover mover) {
        this.placements = placements;
        this.mover = mover;
    }

    /** @throws org.springframework.web.ErrorResponseException 404 for no such centre, 502 when case-service failed */
    public Placed place(String id, String cell, String actor) {
        TenantId tenant = TenantId.of(id);
        String previous = placements.cellOf(tenant.value());
        Map<String, Object> report;
        try {
            report = mover.move(tenant, cell);
        } catch (TenantMover.MoveFailed e) {
            log.warn("Centre {} not moved to {}, it stays on {}: {}", tenant.value(), cell, previous, e.getMessage());
            throw new PlacementFailed(e, previous);
        }
        if (previous.equals(cell)) {
            return new Placed(tenant.value(), previous, previous, "UNCHANGED", report);
        }
        placements.moved(tenant.value(), previous, cell, actor, summary(report));
        log.info("Centre {} placed on {} (was {})", tenant.value(), cell, previous);
        return new Placed(tenant.value(), cell, previous, "MOVED", report);
    }

    /** Rows and time of the move for the audit line: counts only, nothing about anyone in the centre. */
    private static String summary(Map<String, Object> report) {
        if (report == null) {
            return null;
        }
        return "rows=" + report.get("rowsCopied") + " durationMs=" + report.get("durationMillis")
                + " writesRefusedMs=" + report.get("writesRefusedMillis");
    }
}
