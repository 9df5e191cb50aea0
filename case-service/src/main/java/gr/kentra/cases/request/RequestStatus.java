package gr.kentra.cases.request;

import java.util.EnumSet;
import java.util.Set;

import gr.kentra.cases.system.StatusFlow;

/**
 * Where a request stands: RECEIVED → IN_PROGRESS → COMPLETED | REFERRED | REJECTED. The last three close the
 * request; closing needs an outcome.
 */
public enum RequestStatus implements StatusFlow<RequestStatus> {
    RECEIVED,
    IN_PROGRESS,
    COMPLETED,
    REFERRED,
    REJECTED;

    @Override
    public Set<RequestStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, REFERRED, REJECTED);
            case COMPLETED, REFERRED, REJECTED -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
