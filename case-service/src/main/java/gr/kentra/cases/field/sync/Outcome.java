package gr.kentra.cases.field.sync;

/** What became of an operation. */
enum Outcome {
    /** Applied as made (the version matched, or it created a record). */
    APPLIED,
    /** The record changed at the centre meanwhile, in other fields: the operation's fields were applied over it. */
    MERGED,
    /** A field changed on both sides: kept for a person to decide (the other fields were merged). */
    CONFLICT,
    /** Refused by validation or because the record is unknown here; nothing was kept, the kit may correct it. */
    REFUSED
}
