package gr.kentra.reporting.fact;

import java.util.UUID;

/** A fact that passed {@link FactValidator}: every value is within the contract's vocabularies. */
record ValidFact(UUID id, String tenant, String region, String operation, String month, FactType type,
        String pseudonym, String category, String outcome, int quantity, String gender, String ageBand,
        String employmentStatus, Integer iscedLevel, int flags) {
}
