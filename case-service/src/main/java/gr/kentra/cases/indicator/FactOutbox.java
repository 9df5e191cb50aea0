package gr.kentra.cases.indicator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes facts into the current tenant's outbox in the caller's transaction, so a fact exists exactly when the
 * change that caused it committed. After the commit the tenant is marked for the relay, which then delivers
 * within a second instead of waiting for its sweep.
 */
@Component
class FactOutbox {

    private final EntityManager entityManager;
    private final TenantDirectory tenants;
    private final JsonMapper json;
    private final Set<TenantId> pending = ConcurrentHashMap.newKeySet();

    FactOutbox(EntityManager entityManager, TenantDirectory tenants, JsonMapper json) {
        this.entityManager = entityManager;
        this.tenants = tenants;
        this.json = json;
    }

    void add(IndicatorFact fact) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Indicator facts are written only inside the change's transaction");
        }
        entityManager.createNativeQuery("insert into indicator_outbox (id, fact) values (:id, cast(:fact as jsonb))")
                .setParameter("id", fact.id())
                .setParameter("fact", json.writeValueAsString(fact))
                .executeUpdate();
        TenantId tenant = tenants.current();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pending.add(tenant);
            }
        });
    }

    /** The tenants that committed facts since the last call; the relay drains them. */
    Set<TenantId> takePending() {
        Set<TenantId> taken = Set.copyOf(pending);
        pending.removeAll(taken);
        return taken;
    }

    void markPending(TenantId tenant) {
        pending.add(tenant);
    }
}
