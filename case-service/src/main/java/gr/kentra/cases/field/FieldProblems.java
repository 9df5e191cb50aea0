package gr.kentra.cases.field;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of the field work; titles and details come from the message bundles. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** 422: the visit list is larger than the cap; it names both sizes so the page can say how much to drop. */
    public static ErrorResponseException tooLarge(long bytes, long cap, int people) {
        var problem = new RecordProblems.Coded(HttpStatus.UNPROCESSABLE_CONTENT, "problem.field.tooLarge.title",
                "problem.field.tooLarge", bytes / 1024, cap / 1024, people);
        problem.getBody().setProperty("bytes", bytes);
        problem.getBody().setProperty("maxBytes", cap);
        problem.getBody().setProperty("people", people);
        return problem;
    }

    public static ErrorResponseException conflictNotFound() {
        return RecordProblems.notFound("problem.field.conflictNotFound");
    }

    /** 409: the conflict was already decided. */
    public static ErrorResponseException alreadyResolved() {
        return new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.field.resolved.title", "problem.field.resolved");
    }

    /** 403: the operation does what its maker's role may not do at the centre (administrative staff: a session). */
    public static ErrorResponseException notAllowed() {
        return new RecordProblems.Coded(HttpStatus.FORBIDDEN, "problem.field.notAllowed.title",
                "problem.field.notAllowed");
    }
}
