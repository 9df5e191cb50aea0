package gr.kentra.cases.investigation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a social investigation stands: OPEN → COMPLETED (findings and conclusion written, the report can be
 * issued) or OPEN → CANCELLED (with a reason). Both close it.
 */
public enum InvestigationStatus {
    OPEN,
    COMPLETED,
    CANCELLED;

    Set<InvestigationStatus> next() {
        return this == OPEN ? EnumSet.of(COMPLETED, CANCELLED) : EnumSet.noneOf(InvestigationStatus.class);
    }

    boolean closed() {
        return this != OPEN;
    }
}
