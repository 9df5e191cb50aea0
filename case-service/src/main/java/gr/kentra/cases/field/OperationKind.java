package gr.kentra.cases.field;

/** What an operation of the field kit does. */
enum OperationKind {
    /** A new person; {@code entityId} is the kit's own id for them, answered with the centre's id. */
    REGISTER_PERSON,
    /** Changed fields of a person, made on {@code baseVersion}. */
    EDIT_PERSON,
    /** A new request of a person ({@code fields.beneficiaryId}: the centre's id or the kit's id of a registration). */
    RECORD_REQUEST
}
