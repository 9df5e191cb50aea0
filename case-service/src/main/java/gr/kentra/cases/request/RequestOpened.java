package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that registers a request, for the anonymised indicators. {@code type} is the
 * code of the centre's catalogue entry (a standard code such as {@code HOUSING_ALLOWANCE} or the centre's own).
 */
public record RequestOpened(UUID requestId, UUID beneficiaryId, String type, Channel channel, LocalDate receivedOn) {
}
