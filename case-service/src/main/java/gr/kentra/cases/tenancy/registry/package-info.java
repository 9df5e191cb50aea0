/**
 * The platform schema's registry of tenant schemas ({@code platform.tenant_schema}): status, changelog version, cell,
 * region and ESF operation.
 */
package gr.kentra.cases.tenancy.registry;
