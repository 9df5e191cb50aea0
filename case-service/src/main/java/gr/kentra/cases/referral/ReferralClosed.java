package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.directory.PartnerKind;

/**
 * Published in the transaction that closes a referral: COMPLETED, DECLINED or NO_RESPONSE; {@code partnerKind} as in
 * {@link ReferralSent} (the directory service's type, else the partner's kind).
 */
public record ReferralClosed(UUID referralId, UUID beneficiaryId, PartnerKind partnerKind, ReferralStatus status,
        LocalDate sentOn, LocalDate closedOn) {
}
