package gr.kentra.tenants.centre.registry;

import gr.kentra.commons.web.InvalidInput;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The registry's own refusals; their texts come from the message bundles (see ProblemAdvice). */
public final class CentreProblems {

    private CentreProblems() {
    }

    static final class NotFound extends ErrorResponseException {
        NotFound() {
            super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                    "problem.centre.notFound", null);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.notFound.title";
        }
    }

    static final class AlreadyExists extends ErrorResponseException {
        AlreadyExists(String id) {
            super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
                    "problem.centre.exists", new Object[] {id});
            getBody().setProperty("existing", "/admin/api/tenants/" + id);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.conflict.title";
        }
    }

    static final class IllegalTransition extends ErrorResponseException {
        IllegalTransition(CentreStatus from, CentreStatus to) {
            // The statuses by their labels in the reader's language (the bundles' status.*), resolved with the detail.
            super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
                    "problem.centre.transition.labelled", new Object[] {label(from), label(to)});
            getBody().setProperty("from", from);
            getBody().setProperty("to", to);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.conflict.title";
        }
    }

    private static MessageSourceResolvable label(CentreStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"status." + status.name()}, status.name());
    }

    /** A retry of onboarding asked for a centre none of whose steps has failed. */
    static final class NothingToRetry extends ErrorResponseException {
        NothingToRetry() {
            super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
                    "problem.centre.nothingToRetry", null);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.conflict.title";
        }
    }

    /** A deleted centre's row is a tombstone: nothing about it changes any more. */
    static final class Deleted extends ErrorResponseException {
        Deleted() {
            super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
                    "problem.centre.deleted", null);
            getBody().setProperty("status", CentreStatus.DELETED);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.conflict.title";
        }
    }

    static final class StaleVersion extends ErrorResponseException {
        StaleVersion(long current) {
            super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
                    "problem.centre.staleVersion", null);
            getBody().setProperty("currentVersion", current);
        }

        @Override
        public String getTitleMessageCode() {
            return "problem.conflict.title";
        }
    }

    /** As a field error of the query parameter, like every refused input. */
    public static final class UnknownRegion extends InvalidInput {
        public UnknownRegion() {
            super("region", "problem.region.unknown");
        }
    }

    public static final class UnknownSort extends InvalidInput {
        public UnknownSort() {
            super("sort", "problem.sort.unknown");
        }
    }
}
