package gr.kentra.cases.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import gr.kentra.cases.beneficiary.BeneficiaryRegistered;
import gr.kentra.cases.communityevent.EventHeld;
import gr.kentra.cases.distribution.GoodsDistributed;
import gr.kentra.cases.homeless.HomelessRegistered;
import gr.kentra.cases.investigation.InvestigationCompleted;
import gr.kentra.cases.profile.ProfileRecorded;
import gr.kentra.cases.referral.ReferralClosed;
import gr.kentra.cases.referral.ReferralSent;
import gr.kentra.cases.request.RequestClosed;
import gr.kentra.cases.request.RequestOpened;
import gr.kentra.cases.session.SessionHeld;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns casework events into anonymised facts. Listeners run synchronously in the publisher's transaction: if
 * the fact cannot be written, the change rolls back with it, and the other way round.
 */
@Component
class FactRecorder {

    private final People people;
    private final FactOutbox outbox;

    FactRecorder(People people, FactOutbox outbox) {
        this.people = people;
        this.outbox = outbox;
    }

    @EventListener
    void on(BeneficiaryRegistered event) {
        personal(event.beneficiaryId(), FactType.BENEFICIARY_REGISTERED, event.registeredOn(), null, null);
    }

    @EventListener
    void on(ProfileRecorded event) {
        outbox.add(IndicatorFact.entry(people.find(event.beneficiaryId()), YearMonth.from(event.recordedOn())));
    }

    @EventListener
    void on(RequestOpened event) {
        personal(event.beneficiaryId(), FactType.REQUEST_OPENED, event.receivedOn(), event.type(), null);
    }

    @EventListener
    void on(RequestClosed event) {
        personal(event.beneficiaryId(), FactType.REQUEST_CLOSED, event.closedOn(), event.type(),
                event.status().name());
    }

    @EventListener
    void on(ReferralSent event) {
        personal(event.beneficiaryId(), FactType.REFERRAL_SENT, event.sentOn(), event.partnerKind().name(), null);
    }

    @EventListener
    void on(ReferralClosed event) {
        personal(event.beneficiaryId(), FactType.REFERRAL_CLOSED, event.closedOn(), event.partnerKind().name(),
                event.status().name());
    }

    /** One fact per participant: a family session counts as a session held for each person in it. */
    @EventListener
    void on(SessionHeld event) {
        for (UUID participant : event.participantIds()) {
            personal(participant, FactType.SESSION_HELD, event.date(), event.type().name(), null);
        }
    }

    @EventListener
    void on(InvestigationCompleted event) {
        personal(event.beneficiaryId(), FactType.INVESTIGATION_COMPLETED, event.completedOn(), event.kind().name(),
                null);
    }

    @EventListener
    void on(HomelessRegistered event) {
        personal(event.beneficiaryId(), FactType.HOMELESS_REGISTERED, event.registeredOn(),
                event.situation().name(), null);
    }

    /** One fact per kind of goods, carrying the quantity handed out; the programme is not a reported dimension. */
    @EventListener
    void on(GoodsDistributed event) {
        Person person = people.find(event.beneficiaryId());
        event.quantities().forEach((kind, quantity) -> outbox.add(IndicatorFact.about(person,
                FactType.GOODS_DISTRIBUTED, YearMonth.from(event.date()), kind, null).withQuantity(quantity)));
    }

    /** Events concern no person: audience and attendance only. */
    @EventListener
    void on(EventHeld event) {
        outbox.add(IndicatorFact.unpersonal(FactType.EVENT_HELD, YearMonth.from(event.date()),
                event.audience().name(), event.participants()));
    }

    private void personal(UUID beneficiaryId, FactType type, LocalDate on, String category, String outcome) {
        outbox.add(IndicatorFact.about(people.find(beneficiaryId), type, YearMonth.from(on), category, outcome));
    }
}
