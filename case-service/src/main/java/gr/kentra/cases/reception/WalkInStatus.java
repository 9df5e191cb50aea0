package gr.kentra.cases.reception;

/** Where a walk-in stands in the day's queue: WAITING → SEEN, or WAITING → LEFT (gone before being seen). */
enum WalkInStatus {
    WAITING,
    SEEN,
    LEFT
}
