package gr.kentra.cases.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.AuditedRecords;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.requesttype.RequestTypes;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of the centre. Every read and change is audited, and every opening and closing published as an event
 * for the indicators, in the same transaction as the change.
 */
@Service
class RequestService {

    /** The centres' working day: "today" for a closing date is the day in Greece. */
    static final ZoneId CENTRE_ZONE = Athens.ZONE;

    private final RequestRepository repository;
    private final Beneficiaries beneficiaries;
    private final RequestTypes types;
    private final AuditTrail audit;
    private final AuditedRecords<ServiceRequest, RequestView> records;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(CENTRE_ZONE);

    RequestService(RequestRepository repository, Beneficiaries beneficiaries, RequestTypes types, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.types = types;
        this.audit = audit;
        this.records = new AuditedRecords<>(audit, RecordType.REQUEST, repository, RequestView::of,
                ServiceRequest::version, () -> RecordProblems.notFound("problem.request.notFound"));
        this.events = events;
    }

    @Transactional
    RequestView register(NewRequest request) {
        beneficiaries.requireOpenForNewWork(request.beneficiaryId());
        types.requireActive(request.type(), "type");
        ServiceRequest saved = repository.saveAndFlush(
                ServiceRequest.register(request, CurrentStaff.username(), clock.instant()));
        audit.record(saved.beneficiaryId(), RecordType.REQUEST, saved.id(), AuditAction.CREATE, null);
        events.publishEvent(new RequestOpened(saved.id(), saved.beneficiaryId(), saved.type(), saved.channel(),
                saved.receivedOn()));
        return RequestView.of(saved);
    }

    @Transactional
    RequestView find(UUID id) {
        return records.find(id);
    }

    /** Lists newest received first; each request shown is audited as a search hit on its person's record. */
    @Transactional
    PageOf<RequestView> list(RequestFilter filter, int page, int size) {
        return records.page(filter.specification(), RequestFilter.NEWEST_FIRST, page, size);
    }

    /** Requests registered after {@code since} (newest first, at most {@code size}): what is new since a visit. */
    @Transactional
    java.util.List<RequestView> registeredSince(java.time.Instant since, int size) {
        var result = repository.findAll((root, query, cb) -> cb.greaterThan(root.get("registeredAt"), since),
                org.springframework.data.domain.PageRequest.of(0, size,
                        Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"))));
        audit.searched(RecordType.REQUEST, result);
        return result.map(RequestView::of).getContent();
    }

    @Transactional
    RequestView update(UUID id, RequestChange change) {
        return RequestView.of(records.change(id, change.version(), request -> {
            if (!request.type().equals(change.type())) {
                types.requireActive(change.type(), "type");
            }
            return request.apply(change);
        }));
    }

    @Transactional
    RequestView transition(UUID id, RequestTransition transition) {
        ServiceRequest saved = records.change(id, transition.version(), request -> {
            request.moveTo(transition.to(), transition.outcome(), LocalDate.now(clock));
            return request.status().closed() ? List.of("status", "outcome", "closedOn") : List.of("status");
        });
        publishIfClosed(saved);
        return RequestView.of(saved);
    }

    /** Used by {@link Requests} when a referral is made from an open request. */
    @Transactional
    void referred(ServiceRequest request, String outcome) {
        request.referred(outcome, LocalDate.now(clock));
        ServiceRequest saved = repository.saveAndFlush(request);
        audit.record(saved.beneficiaryId(), RecordType.REQUEST, saved.id(), AuditAction.UPDATE,
                List.of("status", "outcome", "closedOn"));
        publishIfClosed(saved);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return records.versionOf(id);
    }

    ServiceRequest load(UUID id) {
        return records.load(id);
    }

    private void publishIfClosed(ServiceRequest r) {
        if (r.status().closed()) {
            events.publishEvent(new RequestClosed(r.id(), r.beneficiaryId(), r.type(), r.status(), r.receivedOn(),
                    r.closedOn()));
        }
    }
}
