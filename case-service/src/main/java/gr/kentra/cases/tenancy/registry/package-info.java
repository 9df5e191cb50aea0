/**
 * The platform schema's registry of tenant schemas ({@code platform.tenant_schema}): status, changelog version, cell,
 * region and ESF operation; and the READY centres kept in memory while its changes are heard (LISTEN/NOTIFY).
 */
package gr.kentra.cases.tenancy.registry;
