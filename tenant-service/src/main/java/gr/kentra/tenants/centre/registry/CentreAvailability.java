package gr.kentra.tenants.centre.registry;

/** A centre's id and lifecycle status, nothing else: what the gateway needs to refuse a centre's traffic. */
public record CentreAvailability(String id, CentreStatus status) {
}
