package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that closes a request (COMPLETED, REFERRED or REJECTED), whether by a transition
 * or by a referral made from it.
 */
public record RequestClosed(UUID requestId, UUID beneficiaryId, String type, RequestStatus status,
        LocalDate receivedOn, LocalDate closedOn) {
}
