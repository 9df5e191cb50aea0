package gr.kentra.tenants.centre.details;

/** The roles a centre's staff headcount is counted by; labels in the message bundles. */
public enum StaffRole {
    SOCIAL_WORKER, PSYCHOLOGIST, COORDINATOR, ADMIN_STAFF, OTHER
}
