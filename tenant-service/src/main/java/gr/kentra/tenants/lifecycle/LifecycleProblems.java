package gr.kentra.tenants.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.web.problem.CodedProblem;
import org.springframework.http.HttpStatus;

/** Refusals of the deletion steps; titles and details come from the message bundles (see ProblemAdvice). */
final class LifecycleProblems {

    private LifecycleProblems() {
    }

    /** A {@link CodedProblem} of the deletion steps (which catch their own refusals by this type). */
    static class Coded extends CodedProblem {

        Coded(HttpStatus status, String titleCode, String detailCode, Object... arguments) {
            super(status, titleCode, detailCode, arguments);
        }

        @Override
        public Coded with(String property, Object value) {
            super.with(property, value);
            return this;
        }
    }

    static Coded notFound() {
        return new Coded(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.centre.notFound");
    }

    static Coded notArchived(Object status) {
        return new Coded(HttpStatus.CONFLICT, "problem.deletion.refused.title", "problem.deletion.notArchived", status)
                .with("reason", "NOT_ARCHIVED").with("status", status);
    }

    static Coded exportPending() {
        return new Coded(HttpStatus.CONFLICT, "problem.deletion.refused.title", "problem.deletion.exportPending")
                .with("reason", "EXPORT_PENDING");
    }

    static Coded retention(Instant deletableFrom) {
        return new Coded(HttpStatus.CONFLICT, "problem.deletion.refused.title", "problem.deletion.retention",
                deletableFrom.toString()).with("reason", "RETENTION").with("deletableFrom", deletableFrom);
    }

    static Coded wrongCode() {
        return new Coded(HttpStatus.CONFLICT, "problem.deletion.refused.title", "problem.deletion.code")
                .with("reason", "CONFIRMATION");
    }

    /** 400 like a validation error, with the field message already in the request's language. */
    static Coded slugMismatch(String fieldMessage) {
        return new Coded(HttpStatus.BAD_REQUEST, "problem.validation.title", "problem.validation.detail")
                .with("errors", List.of(Map.of("field", "slug", "message", fieldMessage)));
    }

    static Coded incomplete(String step) {
        return new Coded(HttpStatus.BAD_GATEWAY, "problem.deletion.incomplete.title", "problem.deletion.incomplete",
                step).with("step", step);
    }
}
