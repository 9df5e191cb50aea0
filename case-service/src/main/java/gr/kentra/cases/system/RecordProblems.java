package gr.kentra.cases.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problems shared by every record of a person; titles and details come from the message bundles. */
public final class RecordProblems {

    private RecordProblems() {
    }

    /** 404: nothing with that id in this centre (another centre's ids are simply unknown here). */
    public static ErrorResponseException notFound(String detailCode) {
        return new Coded(HttpStatus.NOT_FOUND, "problem.notFound.title", detailCode);
    }

    /** 409: the client edited an older version; it carries the version to reload. */
    public static ErrorResponseException staleVersion(Long currentVersion) {
        Coded problem = new Coded(HttpStatus.CONFLICT, "problem.staleVersion.title", "problem.staleVersion");
        problem.getBody().setProperty("currentVersion", currentVersion);
        return problem;
    }

    /** An {@link ErrorResponseException} whose title and detail are message codes. */
    public static class Coded extends ErrorResponseException {

        private final String titleCode;

        public Coded(HttpStatus status, String titleCode, String detailCode) {
            super(status, ProblemDetail.forStatus(status), null, detailCode, null);
            this.titleCode = titleCode;
        }

        @Override
        public String getTitleMessageCode() {
            return titleCode;
        }
    }
}
