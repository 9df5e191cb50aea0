package gr.kentra.cases.audit;

/** What was done to a record. {@code SEARCH} = the record was shown in a search result. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    /** Another staff member's protected notes were opened by a coordinator, with a reason. */
    BREAK_GLASS,
    /** The person's data was exported for them (GDPR Art. 15). */
    EXPORT,
    /** The person's identity was erased (GDPR Art. 17); the reason is kept. */
    ERASURE,
    /** The coordinator kept a record past its retention period until a review date; the reason is kept. */
    RETENTION_KEEP,
    /** A document was issued about the person (attestation, report, letter) with a protocol number. */
    ISSUE
}
