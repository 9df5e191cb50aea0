package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.directory.PartnerKind;

/**
 * Published in the transaction that records a referral, for the anonymised indicators; {@code requestId} is null
 * when the referral comes from no request. {@code partnerKind} is the service type the indicators count it under: its
 * directory service's when it names one, else its partner's kind.
 */
public record ReferralSent(UUID referralId, UUID beneficiaryId, UUID requestId, PartnerKind partnerKind,
        LocalDate sentOn) {
}
