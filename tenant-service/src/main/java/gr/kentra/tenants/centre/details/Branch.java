package gr.kentra.tenants.centre.details;

/** The specialised branches a centre may run for Roma and for migrants; labels in the message bundles. */
public enum Branch {
    ROMA, MIGRANTS
}
