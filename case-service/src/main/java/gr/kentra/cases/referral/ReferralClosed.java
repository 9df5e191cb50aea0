package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.partner.PartnerKind;

/** Published in the transaction that closes a referral: COMPLETED, DECLINED or NO_RESPONSE. */
public record ReferralClosed(UUID referralId, UUID beneficiaryId, PartnerKind partnerKind, ReferralStatus status,
        LocalDate sentOn, LocalDate closedOn) {
}
