package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Published in the transaction that records a distribution, for the anonymised indicators. {@code quantities}
 * is the total quantity per {@link GoodsKind} name, summed over the lines of that kind whatever their unit.
 */
public record GoodsDistributed(UUID distributionId, UUID beneficiaryId, Programme programme,
        Map<String, Integer> quantities, LocalDate date) {

    public GoodsDistributed {
        quantities = Map.copyOf(quantities);
    }
}
