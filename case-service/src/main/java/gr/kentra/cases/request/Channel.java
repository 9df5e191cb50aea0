package gr.kentra.cases.request;

/** How a request reached the centre. */
public enum Channel {
    WALK_IN,
    PHONE,
    APPOINTMENT,
    MOBILE_UNIT,
    ROMA_BRANCH,
    MIGRANT_BRANCH
}
