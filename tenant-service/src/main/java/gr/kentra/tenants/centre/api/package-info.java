/**
 * The registry's HTTP API: the administrators' /admin/api/tenants endpoints and the two internal lists other
 * services poll (statuses, names); nothing outside this room uses it.
 */
package gr.kentra.tenants.centre.api;
