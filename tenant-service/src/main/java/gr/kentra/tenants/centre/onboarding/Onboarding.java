package gr.kentra.tenants.centre.onboarding;

import java.util.Optional;
import java.util.UUID;

import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreView;
import gr.kentra.tenants.centre.registry.FirstCoordinator;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Onboarding as the API and the admin page both do it: register the centre, then create its schema, its
 * Keycloak Organization and its first coordinator before answering, so its staff can start at once. A step
 * that fails is recorded and retried by its reconciler. The answer carries the coordinator's temporary password
 * once, so whoever shows it must keep it out of caches. The centre is registered with both steps claimed by this
 * request, so the reconcilers leave them alone until it has run them (or its claim has expired).
 */
@NamedInterface("onboarding")
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
        String runner = UUID.randomUUID().toString();
        centres.register(request, actor, runner);
        schemas.provision(request.id(), runner);
        Optional<FirstCoordinator> coordinator = organizations.provision(request.id(), runner);
        CentreView centre = centres.find(request.id()).withNamesakes(centres.namesakes(request.id()));
        return coordinator.map(centre::withFirstCoordinator).orElse(centre);
    }

    /**
     * An administrator's "try again now" for a centre whose step failed: runs the failed steps at once (each under
     * its own claim, so never beside a reconciler) instead of waiting for the back-off. A coordinator made now is
     * returned once, as at onboarding.
     */
    public CentreView retry(String id, String actor) {
        centres.retrying(id, actor);
        schemas.provision(id);
        Optional<FirstCoordinator> coordinator = organizations.provision(id);
        CentreView centre = centres.find(id);
        return coordinator.map(centre::withFirstCoordinator).orElse(centre);
    }
}
