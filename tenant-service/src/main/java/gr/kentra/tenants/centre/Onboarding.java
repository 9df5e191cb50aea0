package gr.kentra.tenants.centre;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Onboarding as the API and the admin page both do it: register the centre, then create its schema, its
 * Keycloak Organization and its first coordinator before answering, so its staff can start at once. A step
 * that fails is recorded and retried by its reconciler. The answer carries the coordinator's temporary password
 * once, so whoever shows it must keep it out of caches.
 */
@Component
public class Onboarding {

    private final CentreService centres;
    private final SchemaReconciler schemas;
    private final OrganizationReconciler organizations;

    Onboarding(CentreService centres, SchemaReconciler schemas, OrganizationReconciler organizations) {
        this.centres = centres;
        this.schemas = schemas;
        this.organizations = organizations;
    }

    public CentreView onboard(OnboardCentre request, String actor) {
        centres.register(request, actor);
        schemas.provision(request.id());
        Optional<FirstCoordinator> coordinator = organizations.provision(request.id());
        CentreView centre = centres.find(request.id());
        return coordinator.map(centre::withFirstCoordinator).orElse(centre);
    }
}
