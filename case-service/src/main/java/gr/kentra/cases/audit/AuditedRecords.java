package gr.kentra.cases.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The find, list and change skeleton of a feature whose records belong to a person, written once: a read audited
 * as a read, a list audited hit by hit ({@link AuditedSearch}), a change made only on the version the client read,
 * saved and audited with the fields it changed. All in the caller's transaction, as the trail requires; what is
 * the feature's own (its checks, its transitions, its events) stays in its service.
 *
 * @param <E> the feature's records
 * @param <V> how the API shows one
 */
public final class AuditedRecords<E extends PersonRecord, V> {

    private final AuditTrail audit;
    private final RecordType type;
    private final JpaRepository<E, UUID> records;
    private final AuditedSearch<E, V> search;
    private final Function<? super E, ? extends V> view;
    private final Function<? super E, Long> version;
    private final Supplier<? extends RuntimeException> notFound;

    public <R extends JpaRepository<E, UUID> & JpaSpecificationExecutor<E>> AuditedRecords(AuditTrail audit,
            RecordType type, R records, Function<? super E, ? extends V> view, Function<? super E, Long> version,
            Supplier<? extends RuntimeException> notFound) {
        this.audit = audit;
        this.type = type;
        this.records = records;
        this.search = new AuditedSearch<>(audit, type, records, view);
        this.view = view;
        this.version = version;
        this.notFound = notFound;
    }

    /** The record, or the feature's 404. */
    public E load(UUID id) {
        return records.findById(id).orElseThrow(notFound);
    }

    /** The record as the API shows it, its reading audited on its person's record. */
    public V find(UUID id) {
        E record = load(id);
        audit.read(record.beneficiaryId(), type, id);
        return view.apply(record);
    }

    public PageOf<V> page(Specification<E> where, Sort order, int page, int size) {
        return search.page(where, order, page, size);
    }

    /**
     * Loads the record, refuses it unless at {@code readVersion} (409 with the current one), lets {@code change}
     * check and alter it and name the fields it changed, then saves it and audits the update.
     */
    public E change(UUID id, Long readVersion, Function<? super E, List<String>> change) {
        E record = load(id);
        RecordProblems.requireVersion(version.apply(record), readVersion);
        List<String> changed = change.apply(record);
        E saved = records.saveAndFlush(record);
        audit.record(saved.beneficiaryId(), type, id, AuditAction.UPDATE, changed);
        return saved;
    }

    /** The current version, for a 409 after a concurrent edit won (null once gone). */
    public Long versionOf(UUID id) {
        return records.findById(id).map(version).orElse(null);
    }
}
