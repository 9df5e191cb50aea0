package gr.kentra.tenants.centre.registry;

/** Whether case-service has created and migrated the centre's schema. */
public enum SchemaStatus {
    PENDING, READY, FAILED
}
