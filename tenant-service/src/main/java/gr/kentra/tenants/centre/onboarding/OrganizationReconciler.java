package gr.kentra.tenants.centre.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.registry.CentreRepository;
import gr.kentra.tenants.centre.registry.FirstCoordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboarding's Keycloak step: the centre's Organization and first coordinator. Onboarding calls it at once;
 * a schedule retries whatever is pending or failed with the same back-off as the schema step, so a failure
 * half-way is visible ({@code keycloakStatus} FAILED with the error) and completes by itself. A centre leaves
 * ONBOARDING only when both its schema and its Keycloak step are READY. A runner claims the step before running it
 * (the onboarding request holds it from registration, so the first coordinator's password reaches the person who
 * asked), so two runners never create the same Organization at once.
 */
@Component
public class OrganizationReconciler {

    private static final Logger log = LoggerFactory.getLogger(OrganizationReconciler.class);
    /** Per run, so real centres (and ones whose back-off ended) never queue behind hundreds of generated ones. */
    private static final Limit BATCH = Limit.of(20);

    private final CentreRepository centres;
    private final OrganizationProvisioner provisioner;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lease;
    private final OnboardingSteps steps;

    OrganizationReconciler(CentreRepository centres, OrganizationProvisioner provisioner,
            TransactionTemplate transactions, AuditTrail audit, Clock clock, ProvisioningProperties properties,
            OnboardingSteps steps) {
        this.steps = steps;
        this.centres = centres;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.lease = properties.claimLease();
    }

    @Scheduled(initialDelayString = "${kentra.provisioning.initial-delay:1s}",
            fixedDelayString = "${kentra.provisioning.interval:2s}")
    public void reconcile() {
        Instant now = Instant.now(clock);
        for (String id : centres.dueForOrganization(now, now.minus(lease), BATCH)) {
            provision(id);
        }
    }

    /** Claims the step and runs it now; empty as well when another runner holds the step. */
    Optional<FirstCoordinator> provision(String id) {
        String runner = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        Integer claimed = transactions.execute(status -> centres.claimOrganization(id, runner, now, now.minus(lease)));
        return claimed != null && claimed == 1 ? provision(id, runner) : Optional.empty();
    }

    /**
     * Does the Keycloak step for one centre now and records the outcome; never throws for a Keycloak failure.
     * The credentials are present only when this call created the coordinator account. The runner holds the claim.
     */
    Optional<FirstCoordinator> provision(String id, String runner) {
        Optional<FirstCoordinator> coordinator;
        try {
            NewOrganization organization = transactions.execute(status -> centres.findById(id)
                    .map(centre -> new NewOrganization(TenantId.of(id), centre.nameEl(), centre.region().code()))
                    .orElseThrow());
            coordinator = provisioner.provision(organization);
        } catch (RuntimeException e) {
            recordFailure(id, runner, e);
            return Optional.empty();
        }
        transactions.executeWithoutResult(status -> {
            centres.markOrganizationReady(id, Instant.now(clock));
            audit.record(id, "system", "ORGANIZATION_READY",
                    coordinator.map(c -> "coordinator=" + c.username()).orElse("existing coordinator kept"));
        });
        log.info("Keycloak Organization and first coordinator of centre {} are ready", id);
        steps.ready("organization");
        return coordinator;
    }

    private void recordFailure(String id, String runner, RuntimeException e) {
        int attempts = transactions.execute(status -> centres.organizationAttempts(id));
        Duration backoff = SchemaReconciler.backoff(attempts);
        Instant now = Instant.now(clock);
        String reason = abbreviate(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        transactions.executeWithoutResult(status -> centres.markOrganizationFailed(id, runner, reason, now.plus(backoff), now));
        log.warn("Keycloak step of centre {} failed (attempt {}), retry in {} s: {}", id, attempts + 1,
                backoff.toSeconds(), reason);
        steps.failed("organization");
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
