package gr.kentra.cases.communityevent;

/** What kind of local event the centre held. */
public enum EventKind {
    INFORMATION_DAY,
    WORKSHOP,
    CULTURAL,
    AWARENESS,
    OTHER
}
