package gr.kentra.cases.indicator;

/** The kinds of anonymised fact reporting-service receives (its intake accepts exactly these). */
enum FactType {
    BENEFICIARY_REGISTERED,
    PARTICIPANT_ENTERED,
    REQUEST_OPENED,
    REQUEST_CLOSED,
    REFERRAL_SENT,
    REFERRAL_CLOSED,
    SESSION_HELD,
    INVESTIGATION_COMPLETED,
    HOMELESS_REGISTERED,
    GOODS_DISTRIBUTED,
    EVENT_HELD,
    /** The centre erased the person: reporting forgets the pseudonym's person-level rows of this centre. */
    PERSON_ERASED
}
