package gr.kentra.tenants.centre;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keycloak stand-in for registry tests: remembers the coordinators it made, reuses them, fails while told to. */
class RecordingOrganizations implements OrganizationProvisioner {

    private final List<NewOrganization> requested = new CopyOnWriteArrayList<>();
    private final Set<String> coordinators = ConcurrentHashMap.newKeySet();
    private volatile RuntimeException failure;

    @Override
    public Optional<FirstCoordinator> provision(NewOrganization organization) {
        requested.add(organization);
        if (failure != null) {
            throw failure;
        }
        String username = organization.coordinatorUsername();
        return coordinators.add(username) ? Optional.of(new FirstCoordinator(username, "Temp-" + username))
                : Optional.empty();
    }

    List<NewOrganization> requested() {
        return requested;
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        requested.clear();
        coordinators.clear();
        failure = null;
    }
}
