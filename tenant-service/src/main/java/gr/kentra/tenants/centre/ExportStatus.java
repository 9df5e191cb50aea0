package gr.kentra.tenants.centre;

/** The archive export of an archived centre: requested from case-service and not yet confirmed, or done. */
public enum ExportStatus {
    PENDING, DONE
}
