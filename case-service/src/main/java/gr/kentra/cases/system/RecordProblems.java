package gr.kentra.cases.system;

import java.util.Collection;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import gr.kentra.commons.web.problem.CodedProblem;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        return new Coded(HttpStatus.CONFLICT, "problem.staleVersion.title", "problem.staleVersion")
                .with("currentVersion", currentVersion);
    }

    /** Refuses an edit made on a version other than the current one (409 carrying the current version). */
    public static void requireVersion(Long current, Long edited) {
        if (!java.util.Objects.equals(current, edited)) {
            throw staleVersion(current);
        }
    }

    /**
     * 409: a workflow may not go from {@code from} to {@code to}; the problem names the states it may go to
     * next ({@code allowed}, empty once the record is closed).
     */
    public static ErrorResponseException illegalTransition(Enum<?> from, Enum<?> to,
            Collection<? extends Enum<?>> allowed) {
        String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        Coded problem = new Coded(HttpStatus.CONFLICT, "problem.transition.title",
                allowed.isEmpty() ? "problem.transition.closed" : "problem.transition.illegal",
                from.name(), to.name(), names);
        problem.getBody().setProperty("currentStatus", from.name());
        problem.getBody().setProperty("allowed", allowed.stream().map(Enum::name).toList());
        return problem;
    }

    /** A {@link CodedProblem} under the name every record's problems already use. */
    public static class Coded extends CodedProblem {

        /** With arguments for the detail message ({@code {0}}, {@code {1}}, …). */
        public Coded(HttpStatus status, String titleCode, String detailCode, Object... detailArguments) {
            super(status, titleCode, detailCode, detailArguments);
        }
    }

    /**
     * Runs an edit; when a concurrent edit committed first (the version check failed at flush), refuses it as
     * {@link #staleVersion} carrying the version to reload.
     */
    public static <T> T unlessStale(Supplier<T> edit, Supplier<Long> currentVersion) {
        try {
            return edit.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw staleVersion(currentVersion.get());
        }
    }
}
