/**
 * The centre's record: the entity and its repository, the registry's transactions (CentreService), the request and
 * view records, statuses and problems, and the placement record; the types other modules use carry
 * {@code @NamedInterface("registry")}.
 */
package gr.kentra.tenants.centre.registry;
