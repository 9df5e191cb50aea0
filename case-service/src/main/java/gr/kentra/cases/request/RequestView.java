package gr.kentra.cases.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request as the API shows it; {@code next} lists the statuses it may move to now. */
record RequestView(UUID id, UUID beneficiaryId, String type, Channel channel, LocalDate receivedOn,
        String description, String assignee, RequestStatus status, List<RequestStatus> next, String outcome,
        LocalDate closedOn, String registeredBy, Instant registeredAt, Long version) {

    static RequestView of(ServiceRequest r) {
        return new RequestView(r.id(), r.beneficiaryId(), r.type(), r.channel(), r.receivedOn(), r.description(),
                r.assignee(), r.status(), List.copyOf(r.status().next()), r.outcome(), r.closedOn(),
                r.registeredBy(), r.registeredAt(), r.version());
    }
}
