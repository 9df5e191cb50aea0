package gr.kentra.cases.audit;

/** Which part of a person's record an audit event is about. */
public enum RecordType {
    BENEFICIARY,
    HOUSEHOLD_MEMBER,
    SOCIAL_HISTORY,
    PROFILE,
    NEEDS_ASSESSMENT,
    REQUEST,
    REFERRAL,
    COUNSELLING_SESSION,
    APPOINTMENT,
    SOCIAL_INVESTIGATION,
    HOMELESS_REGISTER_ENTRY,
    GOODS_DISTRIBUTION,
    WALK_IN,
    /** A document the centre issued about the person (the document package). */
    ISSUED_DOCUMENT
}
