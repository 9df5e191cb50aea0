package gr.kentra.tenants.centre.archive;

/** The archive export of an archived centre: requested from case-service and not yet confirmed, or done. */
public enum ExportStatus {
    PENDING, DONE
}
