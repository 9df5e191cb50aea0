package gr.kentra.cases.homeless;

import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of the homeless register; titles and details come from the message bundles. */
final class HomelessProblems {

    private HomelessProblems() {
    }

    static ErrorResponseException notFound() {
        return RecordProblems.notFound("problem.homeless.notFound");
    }

    /** 409: the person already has an ACTIVE entry; the problem links to it. */
    static ErrorResponseException alreadyActive(UUID existing) {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.homeless.alreadyActive.title",
                "problem.homeless.alreadyActive");
        problem.getBody().setProperty("existingId", existing);
        problem.getBody().setProperty("existing", "/api/homeless-register/" + existing);
        return problem;
    }
}
