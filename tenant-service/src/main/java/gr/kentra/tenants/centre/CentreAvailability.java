package gr.kentra.tenants.centre;

/** A centre's id and lifecycle status, nothing else: what the gateway needs to refuse a centre's traffic. */
record CentreAvailability(String id, CentreStatus status) {
}
