package gr.kentra.cases.investigation;

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
import gr.kentra.cases.request.Requests;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Social investigations of the centre. Every read (the report included) and change is audited on the person's
 * trail, and every completion is published for the indicators, in the same transaction as the change.
 */
@Service
class InvestigationService {

    /** Closing days are the day in Greece, where the centres work. */
    static final ZoneId CENTRE_ZONE = Athens.ZONE;

    private final InvestigationRepository repository;
    private final Beneficiaries beneficiaries;
    private final Requests requests;
    private final InvestigationReport reports;
    private final AuditTrail audit;
    private final AuditedRecords<SocialInvestigation, InvestigationView> records;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(CENTRE_ZONE);

    InvestigationService(InvestigationRepository repository, Beneficiaries beneficiaries, Requests requests,
            InvestigationReport reports, AuditTrail audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.requests = requests;
        this.reports = reports;
        this.audit = audit;
        this.records = new AuditedRecords<>(audit, RecordType.SOCIAL_INVESTIGATION, repository, InvestigationView::of,
                SocialInvestigation::version, InvestigationProblems::notFound);
        this.events = events;
    }

    @Transactional
    InvestigationView open(NewInvestigation request) {
        beneficiaries.requireOpenForNewWork(request.beneficiaryId());
        if (request.requestId() != null) {
            requests.requireOfPerson(request.requestId(), request.beneficiaryId(), "requestId");
        }
        SocialInvestigation saved = repository.saveAndFlush(SocialInvestigation.open(request, LocalDate.now(clock),
                CurrentStaff.username(), clock.instant()));
        audit.record(saved.beneficiaryId(), RecordType.SOCIAL_INVESTIGATION, saved.id(), AuditAction.CREATE, null);
        return InvestigationView.of(saved);
    }

    @Transactional
    InvestigationView find(UUID id) {
        return records.find(id);
    }

    /** Lists newest requested first; each investigation shown is audited as a search hit. */
    @Transactional
    PageOf<InvestigationView> list(InvestigationFilter filter, int page, int size) {
        return records.page(filter.specification(), InvestigationFilter.NEWEST_FIRST, page, size);
    }

    @Transactional
    InvestigationView update(UUID id, InvestigationChange change) {
        return InvestigationView.of(records.change(id, change.version(), investigation -> investigation.apply(change)));
    }

    @Transactional
    InvestigationView transition(UUID id, InvestigationTransition transition) {
        SocialInvestigation saved = records.change(id, transition.version(), investigation -> {
            investigation.moveTo(transition.to(), transition.reason(), LocalDate.now(clock));
            return investigation.status() == InvestigationStatus.CANCELLED
                    ? List.of("status", "closedOn", "cancelReason") : List.of("status", "closedOn");
        });
        if (saved.status() == InvestigationStatus.COMPLETED) {
            events.publishEvent(new InvestigationCompleted(saved.id(), saved.beneficiaryId(), saved.kind(),
                    saved.closedOn()));
        }
        return InvestigationView.of(saved);
    }

    /** The report of a completed investigation, as HTML; issuing it is audited as a read of the person's record. */
    @Transactional
    String report(UUID id) {
        SocialInvestigation investigation = load(id);
        if (investigation.status() != InvestigationStatus.COMPLETED) {
            throw InvestigationProblems.noReport(investigation.status());
        }
        audit.read(investigation.beneficiaryId(), RecordType.SOCIAL_INVESTIGATION, id);
        return reports.render(investigation, beneficiaries.identity(investigation.beneficiaryId()));
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return records.versionOf(id);
    }

    private SocialInvestigation load(UUID id) {
        return records.load(id);
    }
}
