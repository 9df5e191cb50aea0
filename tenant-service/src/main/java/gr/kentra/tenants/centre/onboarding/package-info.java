/**
 * Onboarding a centre (schema, Keycloak Organization and first coordinator) and the reconcilers that retry a
 * failed step; the ports the provisioning module implements (SchemaProvisioner, OrganizationProvisioner) and the
 * Onboarding door carry {@code @NamedInterface("onboarding")}.
 */
package gr.kentra.tenants.centre.onboarding;
