package gr.kentra.tenants.centre;

/** A centre's name as its staff read it in the page header, in Greek and English. */
record CentreDisplayName(String id, String el, String en) {
}
