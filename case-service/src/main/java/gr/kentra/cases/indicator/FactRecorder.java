package gr.kentra.cases.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.BeneficiaryRegistered;
import gr.kentra.cases.communityevent.EventHeld;
import gr.kentra.cases.distribution.GoodsDistributed;
import gr.kentra.cases.gdpr.ErasureStarting;
import gr.kentra.cases.homeless.HomelessRegistered;
import gr.kentra.cases.investigation.InvestigationCompleted;
import gr.kentra.cases.profile.ProfileRecorded;
import gr.kentra.cases.referral.ReferralClosed;
import gr.kentra.cases.referral.ReferralSent;
import gr.kentra.cases.request.RequestClosed;
import gr.kentra.cases.request.RequestOpened;
import gr.kentra.cases.session.SessionHeld;
import gr.kentra.cases.system.Amendment;
import gr.kentra.commons.facts.FactType;
import gr.kentra.commons.time.Athens;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns casework events into anonymised facts. Listeners run synchronously in the publisher's transaction: if
 * the fact cannot be written, the change rolls back with it, and the other way round.
 */
@Component
class FactRecorder {

    private static final java.time.ZoneId ATHENS = Athens.ZONE;

    private final People people;
    private final FactOutbox outbox;

    FactRecorder(People people, FactOutbox outbox) {
        this.people = people;
        this.outbox = outbox;
    }

    /** The person as the registration wrote it: the row is not read back in the same transaction. */
    @EventListener
    void on(BeneficiaryRegistered event) {
        outbox.add(IndicatorFact.about(people.registered(event), FactType.BENEFICIARY_REGISTERED,
                YearMonth.from(event.registeredOn()), null, null));
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
        facts(event).forEach(fact -> outbox.add(fact, event.sessionId()));
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
        facts(event).forEach(fact -> outbox.add(fact, event.distributionId()));
    }

    /** Events concern no person: audience and attendance only. */
    @EventListener
    void on(EventHeld event) {
        facts(event).forEach(fact -> outbox.add(fact, event.eventId()));
    }

    /**
     * Erasure: the kept facts carry the person's pseudonym, which whoever holds the national secret could trace
     * back to the AMKA, beside the ids of the person's records. They go before the identity does, and reporting
     * is told to forget the pseudonym (PERSON_ERASED) while it can still be computed, once per configured key.
     */
    @EventListener
    void on(ErasureStarting erasure) {
        // Under every configured key: facts made before a key rotation carry the person's older pseudonym.
        people.pseudonymsOf(erasure.beneficiaryId()).forEach((key, pseudonym) -> {
            outbox.forgetRecordsOf(pseudonym);
            outbox.add(IndicatorFact.erasure(pseudonym, key, YearMonth.now(ATHENS)));
        });
    }

    /**
     * An edited session, distribution or event: when the facts it gives now differ from those kept for it, the
     * kept ones are taken back (sent again with sign -1) and the new ones sent and kept. A record from before
     * facts were kept has none on file: what was sent for it cannot be taken back exactly, so it is left alone.
     */
    @EventListener
    void on(Amendment amendment) {
        switch (amendment.change()) {
            case SessionHeld session -> amend(session.sessionId(), facts(session));
            case GoodsDistributed goods -> amend(goods.distributionId(), facts(goods));
            case EventHeld event -> amend(event.eventId(), facts(event));
            default -> throw new IllegalArgumentException("No indicator facts for " + amendment.change());
        }
    }

    private void amend(UUID source, List<IndicatorFact> now) {
        List<IndicatorFact> kept = outbox.keptFor(source);
        if (kept.isEmpty() || same(kept, now)) {
            return;
        }
        kept.forEach(fact -> outbox.add(fact.takenBack()));
        outbox.forget(source);
        now.forEach(fact -> outbox.add(fact, source));
    }

    /** The same facts in any order, ids aside. */
    private static boolean same(List<IndicatorFact> kept, List<IndicatorFact> now) {
        List<IndicatorFact> unmatched = new ArrayList<>(now);
        for (IndicatorFact fact : kept) {
            int match = -1;
            for (int i = 0; i < unmatched.size() && match < 0; i++) {
                match = unmatched.get(i).sameAs(fact) ? i : -1;
            }
            if (match < 0) {
                return false;
            }
            unmatched.remove(match);
        }
        return unmatched.isEmpty();
    }

    private List<IndicatorFact> facts(SessionHeld event) {
        return event.participantIds().stream().map(participant -> IndicatorFact.about(people.find(participant),
                FactType.SESSION_HELD, YearMonth.from(event.date()), event.type().name(), null)).toList();
    }

    private List<IndicatorFact> facts(GoodsDistributed event) {
        Person person = people.find(event.beneficiaryId());
        return event.quantities().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(kind -> IndicatorFact.about(person, FactType.GOODS_DISTRIBUTED, YearMonth.from(event.date()),
                        kind.getKey(), null).withQuantity(kind.getValue())).toList();
    }

    private static List<IndicatorFact> facts(EventHeld event) {
        return List.of(IndicatorFact.unpersonal(FactType.EVENT_HELD, YearMonth.from(event.date()),
                event.audience().name(), event.participants()));
    }

    private void personal(UUID beneficiaryId, FactType type, LocalDate on, String category, String outcome) {
        outbox.add(IndicatorFact.about(people.find(beneficiaryId), type, YearMonth.from(on), category, outcome));
    }
}
