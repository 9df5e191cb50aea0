package gr.kentra.cases.investigation;

import java.util.EnumSet;
import java.util.Set;

import gr.kentra.cases.system.StatusFlow;

/**
 * Where a social investigation stands: OPEN → COMPLETED (findings and conclusion written, the report can be
 * issued) or OPEN → CANCELLED (with a reason). Both close it.
 */
public enum InvestigationStatus implements StatusFlow<InvestigationStatus> {
    OPEN,
    COMPLETED,
    CANCELLED;

    @Override
    public Set<InvestigationStatus> next() {
        return this == OPEN ? EnumSet.of(COMPLETED, CANCELLED) : EnumSet.noneOf(InvestigationStatus.class);
    }
}
