package gr.kentra.tenants.centre.details;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ESF programme periods a centre's operation can belong to. */
public final class ProgrammePeriods {

    public static final String PATTERN = "^(2014-2020|2021-2027)$";
    public static final String CURRENT = "2021-2027";

    private ProgrammePeriods() {
    }

    /**
     * The operation case-service files the centre's indicator facts under: the current period's, or else the
     * latest period's (the seeds were funded in 2014-2020 and have no 2021-2027 code in their descriptions).
     */
    public static Optional<EsfOperation> reportingOperation(List<EsfOperation> operations) {
        return operations.stream()
                .max(Comparator.comparing((EsfOperation operation) -> operation.programmePeriod().equals(CURRENT))
                        .thenComparing(EsfOperation::programmePeriod));
    }
}
