package gr.kentra.cases.tenancy.request;

import java.util.Optional;

import gr.kentra.commons.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * The tenant of the request being served on this thread. Set once by {@link TenantRequestFilter} from the
 * verified token and header, read by Hibernate to choose the schema, cleared in a {@code finally}.
 */
@Component
public class TenantContext {

    private final ThreadLocal<TenantId> current = new ThreadLocal<>();

    public Optional<TenantId> current() {
        return Optional.ofNullable(current.get());
    }

    void set(TenantId tenant) {
        current.set(tenant);
    }

    void clear() {
        current.remove();
    }
}
