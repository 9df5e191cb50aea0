package gr.kentra.reporting.fact;

import java.util.Set;

/** What happened in a centre's casework, reduced to a kind of event. The fact contract's closed list. */
public enum FactType {
    BENEFICIARY_REGISTERED,
    /** The ESF participant profile at entry; one per person per operation. */
    PARTICIPANT_ENTERED,
    REQUEST_OPENED,
    REQUEST_CLOSED(Set.of("COMPLETED", "REFERRED", "REJECTED")),
    REFERRAL_SENT,
    REFERRAL_CLOSED(Set.of("COMPLETED", "DECLINED", "NO_RESPONSE")),
    SESSION_HELD,
    INVESTIGATION_COMPLETED,
    HOMELESS_REGISTERED,
    GOODS_DISTRIBUTED,
    /** The only fact without a person: quantity is the attendance, category the audience. */
    EVENT_HELD,
    /**
     * Not an event of casework: the centre erased the person (GDPR Art. 17). Carries the pseudonym only; never
     * stored, it makes reporting forget the pseudonym's person-level rows of that centre.
     */
    PERSON_ERASED;

    private final Set<String> outcomes;

    FactType() {
        this(null);
    }

    FactType(Set<String> outcomes) {
        this.outcomes = outcomes;
    }

    /** Whether this is an erasure rather than a fact to count. */
    public boolean erasure() {
        return this == PERSON_ERASED;
    }

    /** Whether a fact of this type concerns one person, so carries a pseudonym and a profile. */
    public boolean aboutAPerson() {
        return this != EVENT_HELD;
    }

    /**
     * Whether case-service may take a fact of this type back with a correction (sign -1): the records behind
     * sessions, goods and events can be edited after their facts were sent. Registrations and ESF entries never.
     */
    public boolean correctable() {
        return this == SESSION_HELD || this == GOODS_DISTRIBUTED || this == EVENT_HELD;
    }

    /** The outcomes this type allows, or null when any coded outcome is allowed. */
    Set<String> outcomes() {
        return outcomes;
    }
}
