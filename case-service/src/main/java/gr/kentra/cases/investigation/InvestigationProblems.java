package gr.kentra.cases.investigation;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of social investigations; titles and details come from the message bundles. */
final class InvestigationProblems {

    private InvestigationProblems() {
    }

    static ErrorResponseException notFound() {
        return RecordProblems.notFound("problem.investigation.notFound");
    }

    /** 409: a completed or cancelled investigation is not edited any more. */
    static ErrorResponseException closed(InvestigationStatus status) {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.transition.title",
                "problem.investigation.closed");
        problem.getBody().setProperty("currentStatus", status.name());
        return problem;
    }

    /** 409: the report is the document of a completed investigation; there is none before. */
    static ErrorResponseException noReport(InvestigationStatus status) {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.investigation.noReport.title",
                "problem.investigation.noReport");
        problem.getBody().setProperty("currentStatus", status.name());
        return problem;
    }
}
