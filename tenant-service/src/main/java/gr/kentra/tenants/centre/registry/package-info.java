/**
 * The centre's record: the entity and its repository, the registry's transactions (CentreService), the request and
 * view records (the requests' detail fields read once through DetailFields), statuses and problems, and the placement
 * record; it uses the rooms {@code details}, {@code archive}, {@code cell} and {@code audit}, and the types other
 * modules use carry {@code @NamedInterface("registry")}.
 */
package gr.kentra.tenants.centre.registry;
