package gr.kentra.tenants.placement;

import java.util.Map;

import gr.kentra.commons.tenant.TenantId;

/**
 * Moves a centre's data to another database cell. case-service owns the data, so the real implementation asks
 * it ({@code POST /internal/tenants/{id}/move}) and answers with its report; any failure is a {@link MoveFailed}.
 */
public interface TenantMover {

    Map<String, Object> move(TenantId tenant, String cell);

    /** case-service did not move the centre: its status (0 when it could not be reached) and what it said. */
    final class MoveFailed extends RuntimeException {

        private final int status;
        private final String detail;

        public MoveFailed(int status, String detail, Throwable cause) {
            super("case-service did not move the centre (" + status + "): " + detail, cause);
            this.status = status;
            this.detail = detail;
        }

        public int status() {
            return status;
        }

        public String detail() {
            return detail;
        }
    }
}
