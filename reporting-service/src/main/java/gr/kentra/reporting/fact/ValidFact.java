package gr.kentra.reporting.fact;

import java.util.UUID;

import gr.kentra.commons.facts.FactType;

/**
 * A fact that passed {@link FactValidator}: every value is within the contract's vocabularies. {@code sign} is
 * 1, or -1 for the correction of an earlier fact with the same values (a casework record edited after its fact
 * was sent): it takes the earlier one's count and quantity back, and leaves the person counted as served.
 * {@code pseudonymKey} names the key that made the pseudonym (null for facts from before key ids): pseudonyms of
 * two keys never match, so a person counts once per key until the older facts age out.
 */
record ValidFact(UUID id, String tenant, String region, String operation, String month, FactType type,
        String pseudonym, String pseudonymKey, String category, String outcome, int quantity, String gender, String ageBand,
        String employmentStatus, Integer iscedLevel, int flags, int sign) {
}
