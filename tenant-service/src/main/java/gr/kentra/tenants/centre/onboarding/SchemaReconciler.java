package gr.kentra.tenants.centre.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.registry.CentreRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes every registered centre's schema exist. Onboarding calls it at once; a schedule retries whatever is
 * still pending or failed (case-service or Keycloak may still be starting), with a growing back-off, so a
 * failure half-way is visible in the registry and completes by itself when the cause goes away. A runner claims
 * the step before running it (the onboarding request holds it from registration), so the request and the
 * schedule never provision the same centre at once.
 */
@Component
public class SchemaReconciler {

    private static final Logger log = LoggerFactory.getLogger(SchemaReconciler.class);
    /** Per run, so real centres (and ones whose back-off ended) never queue behind hundreds of generated ones. */
    private static final Limit BATCH = Limit.of(20);
    // Short: most failures are a neighbour still starting (case-service, Keycloak); a long wait would
    // keep a centre closed long after the cause went away. A retry is one cheap idempotent call.
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    private final CentreRepository centres;
    private final SchemaProvisioner provisioner;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lease;
    private final OnboardingSteps steps;

    SchemaReconciler(CentreRepository centres, SchemaProvisioner provisioner, TransactionTemplate transactions,
            AuditTrail audit, Clock clock, ProvisioningProperties properties, OnboardingSteps steps) {
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
        for (String id : centres.dueForProvisioning(now, now.minus(lease), BATCH)) {
            provision(id);
        }
    }

    /** Claims the step and provisions one centre now; false when it failed or another runner holds the step. */
    public boolean provision(String id) {
        String runner = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        Integer claimed = transactions.execute(status -> centres.claimSchema(id, runner, now, now.minus(lease)));
        return claimed != null && claimed == 1 && provision(id, runner);
    }

    /** Provisions one centre under the runner's claim and records the outcome; never throws for a failure. */
    boolean provision(String id, String runner) {
        try {
            // Read inside the transaction: the operations are a lazy collection.
            String[] target = transactions.execute(status -> centres.findById(id)
                    .map(centre -> new String[] {centre.region().code(), centre.misCode(), centre.cell()})
                    .orElseThrow());
            provisioner.provision(TenantId.of(id), target[0], target[1], target[2]);
        } catch (RuntimeException e) {
            int attempts = transactions.execute(status -> centres.attempts(id));
            Duration backoff = backoff(attempts);
            Instant now = Instant.now(clock);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transactions.executeWithoutResult(status -> centres.markFailed(id, runner, abbreviate(reason), now.plus(backoff), now));
            log.warn("Schema of centre {} not provisioned (attempt {}), retry in {} s: {}", id, attempts + 1,
                    backoff.toSeconds(), abbreviate(reason));
            steps.failed("schema");
            return false;
        }
        transactions.executeWithoutResult(status -> {
            centres.markReady(id, Instant.now(clock));
            audit.record(id, "system", "SCHEMA_READY", null);
        });
        log.info("Schema of centre {} is ready", id);
        steps.ready("schema");
        return true;
    }

    static Duration backoff(int previousAttempts) {
        long seconds = 1L << Math.min(previousAttempts, 9);
        Duration backoff = Duration.ofSeconds(seconds);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
