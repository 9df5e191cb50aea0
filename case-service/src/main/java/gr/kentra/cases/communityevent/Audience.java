package gr.kentra.cases.communityevent;

/** Whom an event was meant for. */
public enum Audience {
    GENERAL,
    CHILDREN,
    ELDERLY,
    ROMA,
    MIGRANTS,
    PEOPLE_WITH_DISABILITIES,
    UNEMPLOYED
}
