package gr.kentra.cases.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import gr.kentra.cases.beneficiary.BeneficiaryRegistered;
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

    private void personal(UUID beneficiaryId, FactType type, LocalDate on, String category, String outcome) {
        outbox.add(IndicatorFact.about(people.find(beneficiaryId), type, YearMonth.from(on), category, outcome));
    }
}
