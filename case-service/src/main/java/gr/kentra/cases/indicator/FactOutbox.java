package gr.kentra.cases.indicator;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.tenant.TenantId;
import io.micrometer.tracing.Tracer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes facts into the current tenant's outbox in the caller's transaction, so a fact exists exactly when the
 * change that caused it committed. After the commit the tenant is marked for the relay, which then delivers
 * within a second instead of waiting for its sweep. Each fact keeps the W3C {@code traceparent} of the request that
 * made it, so the relay's delivery can link back to it (see FactRelay).
 */
@Component
class FactOutbox {

    private final EntityManager entityManager;
    private final TenantDirectory tenants;
    private final JsonMapper json;
    private final Set<TenantId> pending = ConcurrentHashMap.newKeySet();
    private final Tracer tracer;

    FactOutbox(EntityManager entityManager, TenantDirectory tenants, JsonMapper json, ObjectProvider<Tracer> tracer) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.entityManager = entityManager;
        this.tenants = tenants;
        this.json = json;
    }

    void add(IndicatorFact fact) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Indicator facts are written only inside the change's transaction");
        }
        // The insert reaches no other table (no key, no trigger), so the caller's pending changes need not be
        // flushed before it (a flush checks every entity the session holds): they go with the caller's next query
        // or the commit, in the same transaction.
        entityManager.createNativeQuery("insert into indicator_outbox (id, fact, trace_parent)"
                        + " values (:id, cast(:fact as jsonb), :traceParent)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("id", fact.id())
                .setParameter("fact", json.writeValueAsString(fact))
                .setParameter("traceParent", TraceParents.of(tracer.currentTraceContext().context()))
                .executeUpdate();
        TenantId tenant = tenants.current();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pending.add(tenant);
            }
        });
    }

    /**
     * Writes the fact and keeps it, in the tenant's schema, as a fact of {@code source} (a session, distribution
     * or event), so that an edit of that record can take it back exactly as it was sent. Never sent itself.
     */
    void add(IndicatorFact fact, UUID source) {
        add(fact);
        entityManager.createNativeQuery("insert into indicator_fact_source (fact_id, source_id, fact)"
                        + " values (:id, :source, cast(:fact as jsonb))")
                .setParameter("id", fact.id())
                .setParameter("source", source)
                .setParameter("fact", json.writeValueAsString(fact))
                .executeUpdate();
    }

    /** The facts kept for {@code source}; empty for a record from before facts were kept. */
    @SuppressWarnings("unchecked")
    List<IndicatorFact> keptFor(UUID source) {
        List<String> facts = entityManager.createNativeQuery(
                        "select cast(fact as text) from indicator_fact_source where source_id = :source order by fact_id")
                .setParameter("source", source).getResultList();
        return facts.stream().map(fact -> json.readValue(fact, IndicatorFact.class)).toList();
    }

    /**
     * Forgets the kept facts of every record that has one about this pseudonym: nothing kept beside those
     * records links them to the person any more, and their later edits are left as counted.
     */
    void forgetRecordsOf(String pseudonym) {
        entityManager.createNativeQuery("delete from indicator_fact_source where source_id in (select source_id"
                        + " from indicator_fact_source where fact ->> 'pseudonym' = :pseudonym)")
                .setParameter("pseudonym", pseudonym).executeUpdate();
        // Facts reporting refused and set aside carry the pseudonym too.
        entityManager.createNativeQuery("delete from indicator_dead_letter where fact ->> 'pseudonym' = :pseudonym")
                .setParameter("pseudonym", pseudonym).executeUpdate();
    }

    void forget(UUID source) {
        entityManager.createNativeQuery("delete from indicator_fact_source where source_id = :source")
                .setParameter("source", source).executeUpdate();
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
