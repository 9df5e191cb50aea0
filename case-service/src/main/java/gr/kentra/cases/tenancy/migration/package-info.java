/**
 * Provisioning a tenant schema and migrating the tenant changelog, one schema at a time under an advisory lock, and
 * outdated schemas at boot.
 */
package gr.kentra.cases.tenancy.migration;
