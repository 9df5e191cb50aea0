package gr.kentra.tenants.centre.registry;

/** A centre's name as its staff read it in the page header, in Greek and English. */
public record CentreDisplayName(String id, String el, String en) {
}
