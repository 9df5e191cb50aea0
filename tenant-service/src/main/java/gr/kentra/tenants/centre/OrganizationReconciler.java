package gr.kentra.tenants.centre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;
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
 * ONBOARDING only when both its schema and its Keycloak step are READY.
 */
@Component
class OrganizationReconciler {

    private static final Logger log = LoggerFactory.getLogger(OrganizationReconciler.class);
    /** Per run, so real centres (and ones whose back-off ended) never queue behind hundreds of generated ones. */
    private static final Limit BATCH = Limit.of(20);

    private final CentreRepository centres;
    private final OrganizationProvisioner provisioner;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationReconciler(CentreRepository centres, OrganizationProvisioner provisioner,
            TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.centres = centres;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${kentra.provisioning.initial-delay:1s}",
            fixedDelayString = "${kentra.provisioning.interval:2s}")
    void reconcile() {
        for (String id : centres.dueForOrganization(Instant.now(clock), BATCH)) {
            provision(id);
        }
    }

    /**
     * Does the Keycloak step for one centre now and records the outcome; never throws for a Keycloak failure.
     * The credentials are present only when this call created the coordinator account.
     */
    Optional<FirstCoordinator> provision(String id) {
        Optional<FirstCoordinator> coordinator;
        try {
            NewOrganization organization = transactions.execute(status -> centres.findById(id)
                    .map(centre -> new NewOrganization(TenantId.of(id), centre.nameEl(), centre.region().code()))
                    .orElseThrow());
            coordinator = provisioner.provision(organization);
        } catch (RuntimeException e) {
            recordFailure(id, e);
            return Optional.empty();
        }
        transactions.executeWithoutResult(status -> {
            centres.markOrganizationReady(id, Instant.now(clock));
            audit.record(id, "system", "ORGANIZATION_READY",
                    coordinator.map(c -> "coordinator=" + c.username()).orElse("existing coordinator kept"));
        });
        log.info("Keycloak Organization and first coordinator of centre {} are ready", id);
        return coordinator;
    }

    private void recordFailure(String id, RuntimeException e) {
        int attempts = transactions.execute(status -> centres.organizationAttempts(id));
        Duration backoff = SchemaReconciler.backoff(attempts);
        Instant now = Instant.now(clock);
        String reason = abbreviate(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        transactions.executeWithoutResult(status -> centres.markOrganizationFailed(id, reason, now.plus(backoff), now));
        log.warn("Keycloak step of centre {} failed (attempt {}), retry in {} s: {}", id, attempts + 1,
                backoff.toSeconds(), reason);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
