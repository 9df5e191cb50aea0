package gr.kentra.cases.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands: RECEIVED → IN_PROGRESS → COMPLETED | REFERRED | REJECTED. The last three close the
 * request; closing needs an outcome.
 */
public enum RequestStatus {
    RECEIVED,
    IN_PROGRESS,
    COMPLETED,
    REFERRED,
    REJECTED;

    /** The states a person may move a request to from this one. */
    Set<RequestStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, REFERRED, REJECTED);
            case COMPLETED, REFERRED, REJECTED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean closed() {
        return this == COMPLETED || this == REFERRED || this == REJECTED;
    }
}
