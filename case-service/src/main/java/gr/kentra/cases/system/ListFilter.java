package gr.kentra.cases.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query behind a list endpoint's filters, written once: each value given narrows the list (a null, or a blank
 * text, does not), a date range is inclusive at both ends, and a range that ends before it starts is refused as
 * {@code to}. The features' filter records say only which parameter narrows which attribute.
 *
 * @param <E> the records listed
 */
public final class ListFilter<E> implements Specification<E> {

    /** One condition of the filter, as a {@link Specification} writes it. */
    @FunctionalInterface
    public interface Condition<E> {
        Predicate of(Root<E> root, CriteriaQuery<?> query, CriteriaBuilder cb);
    }

    private final List<Condition<E>> conditions = new ArrayList<>();

    /** Refuses a date range that ends before it starts (400 on {@code to}); an open end is fine. */
    public static void requireRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
    }

    public ListFilter<E> equal(String attribute, Object value) {
        return when(value != null, (root, query, cb) -> cb.equal(root.get(attribute), value));
    }

    /** Text as typed in a query parameter: blank does not narrow, the rest is compared without outer spaces. */
    public ListFilter<E> equalText(String attribute, String text) {
        return when(text != null && !text.isBlank(),
                (root, query, cb) -> cb.equal(root.get(attribute), text.strip()));
    }

    public ListFilter<E> within(String attribute, LocalDate from, LocalDate to) {
        when(from != null, (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), from));
        return when(to != null, (root, query, cb) -> cb.lessThanOrEqualTo(root.get(attribute), to));
    }

    /** A condition of the feature's own (a subquery, a collection), applied only when its parameter was given. */
    public ListFilter<E> when(boolean given, Condition<E> condition) {
        if (given) {
            conditions.add(condition);
        }
        return this;
    }

    @Override
    public Predicate toPredicate(Root<E> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return cb.and(conditions.stream().map(condition -> condition.of(root, query, cb)).toArray(Predicate[]::new));
    }
}
