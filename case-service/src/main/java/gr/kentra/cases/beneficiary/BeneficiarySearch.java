package gr.kentra.cases.beneficiary;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * Search in the current tenant's schema (Hibernate has set it on the connection). Digits match AMKA or AFM
 * exactly; anything else is matched, normalised, against {@code search_text}: as a substring, or by trigram
 * word similarity for typos, ranked by similarity. pgjdbc's setSchema replaces the search path, so pg_trgm's
 * functions and operators are always qualified with the shared {@code extensions} schema.
 */
@Component
class BeneficiarySearch {

    private static final String NAME_MATCH = " from beneficiary b where b.search_text like :pattern"
            + " or :q operator(extensions.<%) b.search_text";
    private static final String IDENTIFIER_MATCH = " from beneficiary b where b.amka = :q or b.afm = :q";

    private final EntityManager entityManager;

    BeneficiarySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Result(List<Beneficiary> items, long total) {
    }

    Result search(String query, int page, int size) {
        String digits = query.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{1,11}")) {
            return run(IDENTIFIER_MATCH, " order by b.registered_at desc", digits, null, page, size);
        }
        String normalised = SearchText.normalise(query);
        if (normalised.isEmpty()) {
            return new Result(List.of(), 0);
        }
        return run(NAME_MATCH, " order by extensions.word_similarity(:q, b.search_text) desc, b.registered_at desc",
                normalised, "%" + normalised + "%", page, size);
    }

    private Result run(String from, String order, String q, String pattern, int page, int size) {
        Query select = entityManager.createNativeQuery("select b.*" + from + order, Beneficiary.class);
        Query count = entityManager.createNativeQuery("select count(*)" + from);
        for (Query query : List.of(select, count)) {
            query.setParameter("q", q);
            if (pattern != null) {
                query.setParameter("pattern", pattern);
            }
        }
        select.setFirstResult(page * size).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Beneficiary> items = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Result(items, total);
    }
}
