package gr.kentra.cases.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.AuditedRecords;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.partner.Partners;
import gr.kentra.cases.request.Requests;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of the centre. Every read and change is audited, and every referral sent or closed is published as an
 * event for the indicators, in the same transaction as the change.
 */
@Service
class ReferralService {

    /** Follow-ups fall due by the day in Greece, where the centres work. */
    static final ZoneId CENTRE_ZONE = Athens.ZONE;

    private final ReferralRepository repository;
    private final Beneficiaries beneficiaries;
    private final Partners partners;
    private final Requests requests;
    private final AuditTrail audit;
    private final AuditedRecords<Referral, ReferralView> records;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(CENTRE_ZONE);

    ReferralService(ReferralRepository repository, Beneficiaries beneficiaries, Partners partners, Requests requests,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.partners = partners;
        this.requests = requests;
        this.audit = audit;
        this.records = new AuditedRecords<>(audit, RecordType.REFERRAL, repository, ReferralView::of, Referral::version,
                () -> RecordProblems.notFound("problem.referral.notFound"));
        this.events = events;
    }

    /** Refers the person; a request it comes from is closed as REFERRED with the partner's name as outcome. */
    @Transactional
    ReferralView send(NewReferral request) {
        beneficiaries.requireOpenForNewWork(request.beneficiaryId());
        Partners.Summary service = request.directoryServiceId() == null ? null
                : partners.requireActiveService(request.directoryServiceId(), "directoryServiceId");
        Partners.Summary partner = partner(request, service);
        Referral referral = Referral.send(request, partner.id(), service == null ? partner.kind() : service.kind(),
                LocalDate.now(clock), CurrentStaff.username(), clock.instant());
        if (request.requestId() != null) {
            requests.referFrom(request.requestId(), request.beneficiaryId(), partner.name());
        }
        Referral saved = repository.saveAndFlush(referral);
        audit.record(saved.beneficiaryId(), RecordType.REFERRAL, saved.id(), AuditAction.CREATE, null);
        events.publishEvent(new ReferralSent(saved.id(), saved.beneficiaryId(), saved.requestId(),
                serviceType(saved), saved.sentOn()));
        return ReferralView.of(saved);
    }

    /** The partner named, or the centre's own directory service chosen (it is a partner); checked active. */
    private Partners.Summary partner(NewReferral request, Partners.Summary service) {
        if (request.partnerId() != null) {
            return partners.requireActive(request.partnerId(), "partnerId");
        }
        if (service != null && service.own()) {
            return service;
        }
        throw new InvalidField("partnerId", "NotNull");
    }

    /**
     * What the indicators count a referral under: the type kept when it was sent (its directory service's, else its
     * partner's kind), so both its facts agree. Looked up now only for an old referral the migration left without
     * one (a regional entry on another database cell).
     */
    private PartnerKind serviceType(Referral referral) {
        if (referral.serviceType() != null) {
            return referral.serviceType();
        }
        return Optional.ofNullable(referral.directoryServiceId()).flatMap(partners::serviceType)
                .orElseGet(() -> partners.find(referral.partnerId()).kind());
    }

    @Transactional
    ReferralView find(UUID id) {
        return records.find(id);
    }

    /** Lists newest first (due follow-ups: oldest due first); each referral shown is audited as a search hit. */
    @Transactional
    PageOf<ReferralView> list(ReferralFilter filter, int page, int size) {
        Sort order = filter.followUpDue() ? ReferralFilter.FOLLOW_UP_FIRST : ReferralFilter.NEWEST_FIRST;
        return records.page(filter.specification(LocalDate.now(clock)), order, page, size);
    }

    @Transactional
    ReferralView update(UUID id, ReferralChange change) {
        return ReferralView.of(records.change(id, change.version(), referral -> referral.apply(change)));
    }

    @Transactional
    ReferralView transition(UUID id, ReferralTransition transition) {
        Referral saved = records.change(id, transition.version(), referral -> {
            referral.moveTo(transition.to(), transition.outcome(), LocalDate.now(clock));
            return referral.status().closed() ? List.of("status", "outcome", "closedOn") : List.of("status", "outcome");
        });
        if (saved.status().closed()) {
            events.publishEvent(new ReferralClosed(saved.id(), saved.beneficiaryId(), serviceType(saved),
                    saved.status(), saved.sentOn(), saved.closedOn()));
        }
        return ReferralView.of(saved);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return records.versionOf(id);
    }
}
