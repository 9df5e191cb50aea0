package gr.kentra.cases.tenancy.registry;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.context.ApplicationContext;

/**
 * For tests elsewhere that need the tenant filter's readiness answered from memory (cost counts, a change heard
 * from another instance): waits until this instance listens to the registry's changes and keeps the centres READY.
 */
public final class ReadinessInMemory {

    private ReadinessInMemory() {
    }

    public static void awaitKept(ApplicationContext context, String... tenants) {
        TenantRegistry registry = context.getBean(TenantRegistry.class);
        ReadyTenants memory = context.getBean(ReadyTenants.class);
        for (String tenant : tenants) {
            TenantId id = TenantId.of(tenant);
            await("readiness of " + tenant + " kept in memory").atMost(Duration.ofSeconds(15))
                    .until(() -> registry.isReady(id) && memory.contains(id));
        }
    }
}
