package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.partner.PartnerKind;

/**
 * Published in the transaction that records a referral, for the anonymised indicators; {@code requestId} is null
 * when the referral comes from no request.
 */
public record ReferralSent(UUID referralId, UUID beneficiaryId, UUID requestId, PartnerKind partnerKind,
        LocalDate sentOn) {
}
