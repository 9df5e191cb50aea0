package gr.kentra.cases.indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import gr.kentra.commons.facts.Fact;
import gr.kentra.commons.facts.FactType;

/**
 * One anonymised fact as it waits in the tenant's outbox: coded values only, a month and never a day, and the
 * person as a keyed pseudonym with the id of its key (absent in facts kept from before key ids). Its JSON is the
 * contract's {@link Fact} but for tenant, region and operation ({@link Fact#PLACEMENT}), which the relay adds
 * from the registry.
 */
record IndicatorFact(UUID id, String month, FactType type, String pseudonym, String pseudonymKey, String category,
        String outcome, int quantity, String gender, String ageBand, String employmentStatus, Integer iscedLevel,
        List<String> flags, int sign) {

    /** A fact counts once; a correction takes one back. */
    private static final int COUNTED = 1;

    /** The same fact taken back (a new fact, sign -1): its record was edited after it was sent. */
    IndicatorFact takenBack() {
        return new IndicatorFact(UUID.randomUUID(), month, type, pseudonym, pseudonymKey, category, outcome, quantity,
                gender, ageBand, employmentStatus, iscedLevel, flags, -COUNTED);
    }

    /** Whether the two say the same, whatever their ids. */
    boolean sameAs(IndicatorFact other) {
        return withId(null).equals(other.withId(null));
    }

    private IndicatorFact withId(UUID newId) {
        return new IndicatorFact(newId, month, type, pseudonym, pseudonymKey, category, outcome, quantity, gender,
                ageBand, employmentStatus, iscedLevel, flags, sign);
    }

    static IndicatorFact about(Person person, FactType type, YearMonth month, String category, String outcome) {
        return new IndicatorFact(UUID.randomUUID(), month.toString(), type, person.pseudonym(),
                person.pseudonymKey(), category, outcome, 1, person.gender(), person.ageBand(month), null, null,
                List.of(), COUNTED);
    }

    /** The ESF participant at entry: the only fact that carries the socio-economic profile. */
    static IndicatorFact entry(Person person, YearMonth month) {
        return new IndicatorFact(UUID.randomUUID(), month.toString(), FactType.PARTICIPANT_ENTERED,
                person.pseudonym(), person.pseudonymKey(), null, null, 1, person.gender(), person.ageBand(month),
                person.employmentStatus(), person.iscedLevel(), person.flags(), COUNTED);
    }

    /**
     * The person was erased (GDPR Art. 17): the pseudonym only, no profile, so reporting can forget it. Sent
     * through the same outbox, so it arrives after every fact about the person sent before.
     */
    static IndicatorFact erasure(String pseudonym, String pseudonymKey, YearMonth month) {
        return new IndicatorFact(UUID.randomUUID(), month.toString(), FactType.PERSON_ERASED, pseudonym,
                pseudonymKey, null, null, 1, null, null, null, null, List.of(), COUNTED);
    }

    static IndicatorFact unpersonal(FactType type, YearMonth month, String category, int quantity) {
        return new IndicatorFact(UUID.randomUUID(), month.toString(), type, null, null, category, null, quantity,
                null, null, null, null, List.of(), COUNTED);
    }

    IndicatorFact withQuantity(int quantity) {
        return new IndicatorFact(id, month, type, pseudonym, pseudonymKey, category, outcome, quantity, gender,
                ageBand, employmentStatus, iscedLevel, flags, sign);
    }

    /**
     * The contract's fact for this one, as the relay sends it from the centre's placement: the relay merges the
     * stored JSON instead (so that a fact it cannot read still reaches reporting and is set aside there), and
     * {@code FactContractTest} holds the two to the same JSON. Naming every component here makes a field added to
     * the contract fail to compile until the outbox writes it.
     */
    Fact at(String tenant, String region, String operation) {
        return new Fact(id.toString(), tenant, region, operation, month, type.name(), pseudonym, pseudonymKey,
                category, outcome, quantity, gender, ageBand, employmentStatus, iscedLevel, flags, sign);
    }
}
