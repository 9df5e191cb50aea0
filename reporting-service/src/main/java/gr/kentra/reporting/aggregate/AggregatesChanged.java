package gr.kentra.reporting.aggregate;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * Published when intake, an erasure or a rebuild gave months new stamps (delivered to listeners after the commit):
 * the fact types stamped per month ({@code ""}: every type, as a rebuild or a moved centre does). Listeners
 * may protect those months' grids ahead of requests; the stamps stay the only test of freshness.
 */
public record AggregatesChanged(Map<YearMonth, Set<String>> typesByMonth) {

    public AggregatesChanged {
        typesByMonth = Map.copyOf(typesByMonth);
    }
}
