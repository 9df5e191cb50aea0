package gr.kentra.cases.field.sync;

/**
 * What an operation of the field kit does, and the permission it needs online (the kit's user holds FIELD_WORK, but
 * an operation does only what its maker may do at the centre).
 */
enum OperationKind {
    /** A new person; {@code entityId} is the kit's own id for them, answered with the centre's id. */
    REGISTER_PERSON("REGISTRY_WRITE"),
    /** Changed fields of a person, made on {@code baseVersion}. */
    EDIT_PERSON("REGISTRY_WRITE"),
    /** A new request of a person ({@code fields.beneficiaryId}: the centre's id or the kit's id of a registration). */
    RECORD_REQUEST("REQUEST_REGISTER"),
    /** A counselling session ({@code fields.participants}: centre or kit ids), as POST /api/sessions. */
    RECORD_SESSION("SESSION_WRITE"),
    /** Goods handed over ({@code fields.beneficiaryId} as for a request), as POST /api/distributions. */
    RECORD_DISTRIBUTION("DISTRIBUTION_WRITE");

    private final String permission;

    OperationKind(String permission) {
        this.permission = permission;
    }

    String permission() {
        return permission;
    }
}
