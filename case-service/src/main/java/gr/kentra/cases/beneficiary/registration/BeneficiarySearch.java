package gr.kentra.cases.beneficiary.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.beneficiary.identifiers.Phones;
import gr.kentra.cases.beneficiary.names.Elot743;
import gr.kentra.cases.beneficiary.names.PhoneticKey;
import gr.kentra.cases.beneficiary.names.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * Search in the current tenant's schema (Hibernate has set it on the connection). Digits match AMKA, AFM or
 * phone exactly; anything else is matched, normalised and also transliterated, against {@code search_text} as a
 * substring, against {@code phonetic_key} by sound ({@link PhoneticKey}: greeklish and anglicised spellings), and by
 * trigram word similarity for typos; ranked in that order, by similarity within each. pgjdbc's setSchema replaces the
 * search path, so pg_trgm's functions and operators are always qualified with the shared {@code extensions} schema.
 */
@Component
class BeneficiarySearch {

    /** Plain substring matches, whole-word ones first: enough for a name typed right, no similarity to compute. */
    private static final String SUBSTRING_MATCH = " from beneficiary b where b.search_text like :pattern";
    private static final String SUBSTRING_ORDER = " order by (' ' || b.search_text || ' ') like :word desc,"
            + " b.registered_at desc, b.id";
    /**
     * Tiers of the ranking: the name as written, then as it sounds, then typos; within a tier, closest in sound,
     * then in spelling (hatzidakis: Χατζηδάκης before Χατζηδάκη, who sounds the same). Each condition and similarity
     * is worked out once per match, and once per distinct name rather than per person: the matches first (the index
     * scans' recheck is the only test of each row), then their distinct (search text, phonetic key) pairs ranked
     * (word similarity is the cost, a few microseconds a call, and a centre's common names repeat hundreds of
     * times), then each match takes its pair's rank. An array compares the pairs because a missing key must meet
     * its own group ({@code distinct} groups nulls; {@code =} on two columns would drop them).
     */
    private static final String RANKED_MATCH = " from beneficiary b where %1$s or %2$s or %3$s";
    private static final String RANKED = "with m as materialized (select b.id, b.registered_at, b.search_text,"
            + " b.phonetic_key" + RANKED_MATCH + "),"
            + " r as materialized (select b.search_text, b.phonetic_key,"
            + " case when %1$s then 0 when %2$s then 1 else 2 end as tier,"
            + " extensions.word_similarity(:key, b.phonetic_key) as sound, %4$s as spelling"
            + " from (select distinct search_text, phonetic_key from m) b)"
            + " select m.id, count(*) over () as total from m join r"
            + " on array[m.search_text, m.phonetic_key] = array[r.search_text, r.phonetic_key]"
            + " order by r.tier, r.sound desc, r.spelling desc, m.registered_at desc, m.id";
    private static final String IDENTIFIER_MATCH = " from beneficiary b where b.amka = :q or b.afm = :q"
            + " or b.phone_digits = :phone";
    private static final String DUPLICATES = "select b.id from beneficiary b where b.date_of_birth = :dob"
            + " and b.id <> :id and b.status <> 'ERASED'"
            + " and extensions.similarity(b.normalised_name, :name) >= :threshold"
            + " order by extensions.similarity(b.normalised_name, :name) desc limit 5";

    /** Words of a query matched by sound; more would be a sentence, not a name. */
    private static final int MAX_WORDS = 6;
    /** A last word this long or shorter is matched as typed: dropping a letter would match almost anyone. */
    private static final int TYPED_SO_FAR = 3;

    /** Trigram similarity of two normalised full names above which a registration is flagged. */
    static final double DUPLICATE_THRESHOLD = 0.5;

    private final EntityManager entityManager;

    BeneficiarySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Result(List<Beneficiary> items, long total) {
    }

    Result search(String query, int page, int size) {
        String digits = query.replaceAll("[\\s()+./-]", "");
        if (digits.matches("\\d{1,14}")) {
            String phone = Phones.digits(digits);
            return run(IDENTIFIER_MATCH, " order by b.registered_at desc", Map.of("q", digits, "phone", phone),
                    page, size);
        }
        String normalised = SearchText.normalise(query);
        if (normalised.isEmpty()) {
            return new Result(List.of(), 0);
        }
        // Greek spellings that sound alike (η/ι/υ/ει/οι, ο/ω) transliterate alike, so a misspelt Greek query
        // is also matched through its ELOT 743 form against the Latin forms kept in the search text.
        String latin = SearchText.normalise(Elot743.transliterate(normalised));
        preferTrigramIndex();
        // A common name typed right has hundreds of plain matches: listing them needs no typo tolerance, and
        // ranking them all by similarity is what made such searches slow. Fuzzy ranking is for the rest.
        Result plain = run(SUBSTRING_MATCH, SUBSTRING_ORDER, Map.of("pattern", "%" + normalised + "%",
                "word", "% " + normalised + " %"), page, size);
        if (plain.total() >= (long) (page + 1) * size) {
            return plain;
        }
        Map<String, String> parameters = new HashMap<>(Map.of("q", normalised, "pattern", "%" + normalised + "%",
                "key", PhoneticKey.of(query)));
        String written = "b.search_text like :pattern";
        String typo;
        String similarity;
        // Typos are written in the index's own form (search text %> query, the commutator of query <% search text):
        // in the other form the planner kept the whole condition as a filter after the index recheck, and every
        // row's word similarity was computed twice. A typo is looked for in a Latin query, or a Greek query's Latin
        // form, which shares no trigram with a Greek word: so among the person's Latin words only (latin_search_text,
        // generated from the search text), where the index finds the same people and the recheck, one word
        // similarity per candidate, the whole cost of a misspelt common name, reads half the text.
        if (latin.equals(normalised)) {
            typo = "b.latin_search_text operator(extensions.%>) :q";
            similarity = "extensions.word_similarity(:q, b.search_text)";
        } else {
            // Typos in a Greek query are looked for in its Latin form only: transliteration already folds the vowel
            // confusions, and one fuzzy index scan instead of two halves the cost of a rare or misspelt name.
            parameters.put("latin", latin);
            parameters.put("latinPattern", "%" + latin + "%");
            written = "(" + written + " or b.search_text like :latinPattern)";
            typo = "b.latin_search_text operator(extensions.%>) :latin";
            similarity = "greatest(extensions.word_similarity(:q, b.search_text),"
                    + " extensions.word_similarity(:latin, b.search_text))";
        }
        String sounds = phoneticMatch(query, parameters);
        return page(RANKED.formatted(written, sounds, typo, similarity), "select count(*)"
                + RANKED_MATCH.formatted(written, sounds, typo), parameters, page, size);
    }

    /**
     * Every word of the query, as it sounds, begins a word of the person's phonetic key (in any order: "Hadjidakis
     * Efthymios" or "Ευθύμιος Χατζηδάκης"); an ambiguous spelling matches any of its keys. The last word may be
     * still being typed, half a digraph (the o of ou, the m of mp), so it also matches without its last letter.
     */
    private static String phoneticMatch(String query, Map<String, String> parameters) {
        List<String> words = PhoneticKey.words(query).stream().limit(MAX_WORDS).toList();
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> keys = new LinkedHashSet<>(PhoneticKey.ofWord(words.get(i)));
            String word = words.get(i);
            if (i == words.size() - 1 && word.length() > TYPED_SO_FAR) {
                keys.addAll(PhoneticKey.ofWord(word.substring(0, word.length() - 1)));
            }
            if (!keys.isEmpty()) {
                parameters.put("sound" + i, "(^| )(" + String.join("|", keys) + ")");
                conditions.add("b.phonetic_key ~ :sound" + i);
            }
        }
        return conditions.isEmpty() ? "false" : "(" + String.join(" and ", conditions) + ")";
    }

    /**
     * Others with the same date of birth and a similar name, most similar first. Run by the registration after it
     * flushed the person: nothing is pending, so Hibernate is told not to flush (and dirty-check) before it.
     */
    @SuppressWarnings("unchecked")
    List<UUID> possibleDuplicates(Beneficiary person) {
        return entityManager.createNativeQuery(DUPLICATES, UUID.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("dob", person.dateOfBirth())
                .setParameter("id", person.id())
                .setParameter("name", person.normalisedName())
                .setParameter("threshold", DUPLICATE_THRESHOLD)
                .getResultList();
    }

    /**
     * The planner prices a trigram bitmap scan above a sequential scan of a few tens of thousands of rows, but
     * the sequential scan evaluates word similarity on every row and is 5-10 times slower (measured by
     * SearchBenchmark). The setting is transaction-local, so the pooled connection comes back unchanged.
     */
    private void preferTrigramIndex() {
        entityManager.createNativeQuery("select set_config('enable_seqscan', 'off', true)").getSingleResult();
    }

    /**
     * One scan for the page and the total (a window count over the matches), then the page's records by id:
     * matching and ranking are the expensive part, so they run once.
     */
    private Result run(String from, String order, Map<String, String> parameters, int page, int size) {
        return page("select b.id, count(*) over () as total" + from + order, "select count(*)" + from, parameters,
                page, size);
    }

    /**
     * The same with the page's query ({@code id, total}) and the count for a page past the end written out. An empty
     * first page means that nothing matched: no count to ask (a ranked search whose plain page was empty asked it
     * and threw it away).
     */
    private Result page(String sql, String countSql, Map<String, String> parameters, int page, int size) {
        Query select = entityManager.createNativeQuery(sql);
        parameters.forEach(select::setParameter);
        select.setFirstResult(page * size).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty() && page == 0) {
            return new Result(List.of(), 0);
        }
        if (rows.isEmpty()) {
            Query count = entityManager.createNativeQuery(countSql);
            parameters.forEach((name, value) -> {
                if (countSql.contains(":" + name)) {
                    count.setParameter(name, value);
                }
            });
            return new Result(List.of(), ((Number) count.getSingleResult()).longValue());
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Beneficiary> byId = new java.util.HashMap<>();
        // Read-only: shown, never changed, so no snapshot kept and none compared at the commit's flush.
        entityManager.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .setParameter("ids", ids).getResultList().forEach(b -> byId.put(b.id(), b));
        List<Beneficiary> items = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new Result(items, ((Number) rows.getFirst()[1]).longValue());
    }
}
