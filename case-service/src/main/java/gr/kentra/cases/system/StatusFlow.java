package gr.kentra.cases.system;

import java.util.Set;

/**
 * A record's status with the moves a person may make from it (a request, an investigation…): the statuses that
 * may follow, closed when none may, and the one refusal of a move that is not allowed (409, naming the allowed
 * ones). Each status enum says only its own arrows.
 */
public interface StatusFlow<S extends Enum<S> & StatusFlow<S>> {

    /** The statuses a person may move a record to from this one. */
    Set<S> next();

    /** Whether a record in this status is closed: nothing may follow it. */
    default boolean closed() {
        return next().isEmpty();
    }

    /** Refuses a move to {@code to} that this status does not allow. */
    default void requireMoveTo(S to) {
        if (!next().contains(to)) {
            throw RecordProblems.illegalTransition((Enum<?>) this, to, next());
        }
    }
}
