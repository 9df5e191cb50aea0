package gr.kentra.cases.session;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of counselling sessions; titles and details come from the message bundles. */
final class SessionProblems {

    private SessionProblems() {
    }

    static ErrorResponseException notFound() {
        return RecordProblems.notFound("problem.session.notFound");
    }

    /** 403: the caller may work with sessions, but this session (and its notes) is someone else's. */
    static ErrorResponseException notTheAuthor() {
        return new RecordProblems.Coded(HttpStatus.FORBIDDEN, "problem.session.notTheAuthor.title",
                "problem.session.notTheAuthor");
    }
}
