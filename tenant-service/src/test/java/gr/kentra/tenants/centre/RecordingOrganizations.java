package gr.kentra.tenants.centre;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import gr.kentra.tenants.centre.onboarding.NewOrganization;
import gr.kentra.tenants.centre.onboarding.OrganizationProvisioner;
import gr.kentra.tenants.centre.registry.FirstCoordinator;

/**
 * Keycloak stand-in for registry tests: remembers the coordinators it made, reuses them, fails while told to. Like
 * Keycloak, it refuses an Organization name another centre's Organization has (409) and fails a second creation of
 * the same centre's Organization while the first is still running (Keycloak's 500 for a racing duplicate).
 */
class RecordingOrganizations implements OrganizationProvisioner {

    private final List<NewOrganization> requested = new CopyOnWriteArrayList<>();
    private final Set<String> coordinators = ConcurrentHashMap.newKeySet();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Gate gate = new Gate();
    private volatile RuntimeException failure;

    @Override
    public Optional<FirstCoordinator> provision(NewOrganization organization) {
        requested.add(organization);
        String tenant = organization.tenant().value();
        gate.enter(tenant, "Keycloak organization: 500 Internal Server Error (a duplicate created meanwhile)");
        try {
            if (failure != null) {
                throw failure;
            }
            String holder = names.putIfAbsent(organization.organizationName(), tenant);
            if (holder != null && !holder.equals(tenant)) {
                throw new IllegalStateException("Keycloak organization: 409 Conflict (same name as " + holder + ")");
            }
            String username = organization.coordinatorUsername();
            return coordinators.add(username) ? Optional.of(new FirstCoordinator(username, "Temp-" + username))
                    : Optional.empty();
        } finally {
            gate.leave(tenant);
        }
    }

    List<NewOrganization> requested() {
        return requested;
    }

    Gate gate() {
        return gate;
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        requested.clear();
        coordinators.clear();
        names.clear();
        gate.open();
        failure = null;
    }
}
