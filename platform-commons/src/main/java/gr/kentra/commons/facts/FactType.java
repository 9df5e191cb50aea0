package gr.kentra.commons.facts;

import java.util.Set;

/**
 * What happened in a centre's casework, reduced to a kind of event: the fact contract's closed list. Each type
 * states what it is about (a person, nobody, or the erasure of a person), whether case-service may take it back
 * with a correction, and the outcomes it allows.
 */
public enum FactType {
    BENEFICIARY_REGISTERED(Subject.PERSON, false, null),
    /** The ESF participant profile at entry; one per person per operation. */
    PARTICIPANT_ENTERED(Subject.PERSON, false, null),
    REQUEST_OPENED(Subject.PERSON, false, null),
    REQUEST_CLOSED(Subject.PERSON, false, Set.of("COMPLETED", "REFERRED", "REJECTED")),
    REFERRAL_SENT(Subject.PERSON, false, null),
    REFERRAL_CLOSED(Subject.PERSON, false, Set.of("COMPLETED", "DECLINED", "NO_RESPONSE")),
    SESSION_HELD(Subject.PERSON, true, null),
    INVESTIGATION_COMPLETED(Subject.PERSON, false, null),
    HOMELESS_REGISTERED(Subject.PERSON, false, null),
    GOODS_DISTRIBUTED(Subject.PERSON, true, null),
    /** The only fact without a person: quantity is the attendance, category the audience. */
    EVENT_HELD(Subject.NOBODY, true, null),
    /**
     * Not an event of casework: the centre erased the person (GDPR Art. 17). Carries the pseudonym only; never
     * stored, it makes reporting forget the pseudonym's person-level rows of that centre.
     */
    PERSON_ERASED(Subject.ERASURE, false, null);

    /** What a fact of a type is about, and so which of the person's fields it carries. */
    public enum Subject {
        /** One person: a pseudonym and a gender (and an age band, a profile where the type has one). */
        PERSON,
        /** Nobody: neither pseudonym nor gender. */
        NOBODY,
        /** The erasure of a person: the pseudonym only. */
        ERASURE
    }

    private final Subject subject;
    private final boolean correctable;
    private final Set<String> outcomes;

    FactType(Subject subject, boolean correctable, Set<String> outcomes) {
        this.subject = subject;
        this.correctable = correctable;
        this.outcomes = outcomes;
    }

    public Subject subject() {
        return subject;
    }

    /** Whether this is an erasure rather than a fact to count. */
    public boolean erasure() {
        return subject == Subject.ERASURE;
    }

    /** Whether a fact of this type concerns one person, so carries a pseudonym (and, unless an erasure, a profile). */
    public boolean aboutAPerson() {
        return subject != Subject.NOBODY;
    }

    /**
     * Whether case-service may take a fact of this type back with a correction (sign -1): the records behind
     * sessions, goods and events can be edited after their facts were sent. Registrations and ESF entries never.
     */
    public boolean correctable() {
        return correctable;
    }

    /** The outcomes this type allows, or null when any coded outcome is allowed. */
    public Set<String> outcomes() {
        return outcomes;
    }
}
