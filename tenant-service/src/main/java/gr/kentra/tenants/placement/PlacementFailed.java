package gr.kentra.tenants.placement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 502: case-service did not move the centre, so the registry still places it on {@code cell}. The problem says
 * what case-service answered ({@code caseServiceStatus}, 0 when unreachable, and {@code caseServiceDetail}).
 */
final class PlacementFailed extends ErrorResponseException {

    PlacementFailed(TenantMover.MoveFailed failure, String cell) {
        super(HttpStatus.BAD_GATEWAY, ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY), failure,
                "problem.placement.failed", new Object[] {cell});
        getBody().setProperty("cell", cell);
        getBody().setProperty("caseServiceStatus", failure.status());
        getBody().setProperty("caseServiceDetail", failure.detail());
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.placement.failed.title";
    }
}
