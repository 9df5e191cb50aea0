package gr.kentra.reporting.fact;

import java.util.List;

/**
 * The body of {@code POST /internal/facts}, exactly as case-service sends it. Every value arrives as the
 * plain JSON type so that {@link FactValidator} can name the index and field of anything outside the contract.
 */
record FactBatch(List<Fact> facts) {

    record Fact(String id, String tenant, String region, String operation, String month, String type,
            String pseudonym, String category, String outcome, Integer quantity, String gender, String ageBand,
            String employmentStatus, Integer iscedLevel, List<String> flags, Integer sign) {
    }

    /** What intake answers: how many facts were new and how many had been received before. */
    record Receipt(int received, int duplicates) {
    }
}
