package gr.kentra.tenants.centre.registry;

import gr.kentra.commons.web.input.InvalidInput;
import gr.kentra.commons.web.problem.CodedProblem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** The registry's own refusals as coded problems: their title and detail come from the message bundles. */
public final class CentreProblems {

    private CentreProblems() {
    }

    static final class NotFound extends CodedProblem {
        NotFound() {
            super(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.centre.notFound");
        }
    }

    static final class AlreadyExists extends CodedProblem {
        AlreadyExists(String id) {
            super(HttpStatus.CONFLICT, "problem.conflict.title", "problem.centre.exists", id);
            with("existing", "/admin/api/tenants/" + id);
        }
    }

    static final class IllegalTransition extends CodedProblem {
        IllegalTransition(CentreStatus from, CentreStatus to) {
            // The statuses by their labels in the reader's language (the bundles' status.*), resolved with the detail.
            super(HttpStatus.CONFLICT, "problem.conflict.title", "problem.centre.transition.labelled", label(from),
                    label(to));
            with("from", from).with("to", to);
        }
    }

    private static MessageSourceResolvable label(CentreStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"status." + status.name()}, status.name());
    }

    /** A retry of onboarding asked for a centre none of whose steps has failed. */
    static final class NothingToRetry extends CodedProblem {
        NothingToRetry() {
            super(HttpStatus.CONFLICT, "problem.conflict.title", "problem.centre.nothingToRetry");
        }
    }

    /** A deleted centre's row is a tombstone: nothing about it changes any more. */
    static final class Deleted extends CodedProblem {
        Deleted() {
            super(HttpStatus.CONFLICT, "problem.conflict.title", "problem.centre.deleted");
            with("status", CentreStatus.DELETED);
        }
    }

    static final class StaleVersion extends CodedProblem {
        StaleVersion(long current) {
            super(HttpStatus.CONFLICT, "problem.conflict.title", "problem.centre.staleVersion");
            with("currentVersion", current);
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
