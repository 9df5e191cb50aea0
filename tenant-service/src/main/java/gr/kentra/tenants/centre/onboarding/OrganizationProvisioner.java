package gr.kentra.tenants.centre.onboarding;

import java.util.Optional;

import gr.kentra.tenants.centre.registry.FirstCoordinator;
import org.springframework.modulith.NamedInterface;

/**
 * Makes a centre's Organization and its first coordinator (member, coordinator role) exist in the identity
 * provider. Idempotent: what exists is reused. Returns the coordinator's credentials only when this call
 * created the account; a failure is an exception whose message is kept in the registry.
 */
@NamedInterface("onboarding")
public interface OrganizationProvisioner {

    Optional<FirstCoordinator> provision(NewOrganization organization);
}
