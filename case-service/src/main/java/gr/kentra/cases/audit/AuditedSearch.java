package gr.kentra.cases.audit;

import java.util.function.Function;

import gr.kentra.cases.system.Paging;
import gr.kentra.commons.web.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The search behind a feature's list endpoint: its filter and order over its records, a page brought into range,
 * and every record on the page audited as a search hit on its person's record (in the caller's transaction, as the
 * trail requires). A feature's service makes one from the trail it is given, its repository and its view.
 *
 * @param <E> the feature's records
 * @param <V> how the API shows one
 */
public final class AuditedSearch<E extends PersonRecord, V> {

    private final AuditTrail audit;
    private final RecordType type;
    private final JpaSpecificationExecutor<E> records;
    private final Function<? super E, ? extends V> view;

    public AuditedSearch(AuditTrail audit, RecordType type, JpaSpecificationExecutor<E> records,
            Function<? super E, ? extends V> view) {
        this.audit = audit;
        this.type = type;
        this.records = records;
        this.view = view;
    }

    public PageOf<V> page(Specification<E> where, Sort order, int page, int size) {
        Paging paging = Paging.of(page, size);
        Page<E> found = records.findAll(where, paging.request(order));
        audit.searched(type, found);
        return paging.of(found, view);
    }
}
