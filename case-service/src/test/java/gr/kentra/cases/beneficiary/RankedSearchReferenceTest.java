package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.names.Elot743;
import gr.kentra.cases.beneficiary.names.PhoneticKey;
import gr.kentra.cases.beneficiary.names.SearchText;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The ranked (fuzzy) search answers exactly as the first version of its SQL did, which tested and ranked every
 * matching row on its own: the same people in the same order and the same total, page by page. Over a registry
 * like the platform benchmark's (its 400 registrations, copied with new ids and dates of birth but the same
 * registration time), where a few hundred names repeat and only the id orders the copies of a name, plus people
 * with no phonetic key (ranked first among equals by the old query's nulls-first order) and an erased record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankedSearchReferenceTest extends CaseServiceIntegrationTest {

    private static final TenantId CENTRE = TenantId.of("search-repeated");
    private static final int COPIES = 8;
    private static final int PAGE_SIZE = 20;

    /**
     * The platform benchmark's 16 queries (three of them ranked: Νικόλαος Παπα, Σταυρούλα, papadopulos), then Greek,
     * Latin, typos, spellings by sound, partial words and names of two words in either order.
     */
    private static final List<String> QUERIES = Stream.concat(SearchPopulation.PLATFORM_QUERIES.stream(),
            Stream.of("Σταυρος", "Stavrula", "Σταυροπουλου", "papa", "Παπαδοπουλου Μαρια", "Nikos Papadopoulos",
                    "Giorgos Papageorgiou", "Kostas Oikonomou", "Xristos Pappas", "Xatzidaki", "Psarudakis",
                    "Vaggelis Evaggelou", "Makris Eleni", "ΑΓΓΕΛΙΚΗ ΧΡΙΣΤΟΔΟΥΛΟΥ", "Θανασης", "petrop", "Μιχαηλιδου",
                    "Kyriakidis Sofia", "Nikolaou Nikolaos", "Eirhnh", "Karagianis", "Kwnstantinou")).toList();

    @BeforeAll
    void registryWithRepeatedNames() throws Exception {
        provision(CENTRE.value());
        SearchPopulation.fillRepeating(jdbc, CENTRE, SearchPopulation.platformBenchmarkPeople(), COPIES);
        String table = CENTRE.quotedSchemaName() + ".beneficiary";
        // keyed before the phonetic key existed: no key, so no sound similarity (null, first in a descending order)
        jdbc.update("update " + table + " set phonetic_key = null where id in (select id from " + table
                + " where last_name in ('Παπαδόπουλος', 'Μακρής', 'Σταυρόπουλος') order by id limit 6)");
        jdbc.update("insert into " + table + " (id, gender, status, registered_at, registered_by, version)"
                + " values (?, 'FEMALE', 'ERASED', now(), 'generator', 0)", UUID.randomUUID());
        jdbc.execute("analyze " + table);
    }

    @Test
    void answersEveryPageAsTheQueryThatRankedEachRowOnItsOwn() throws Exception {
        long started = System.nanoTime();
        List<String> differences = new ArrayList<>();
        Set<String> ranked = new LinkedHashSet<>();
        int compared = 0;
        for (String query : QUERIES) {
            for (int page : new int[] {0, 1, 2, 50}) {
                Page expected = reference(query, page);
                Page actual = search(query, page);
                compared++;
                if (expected.ranked()) {
                    ranked.add(query);
                }
                if (!actual.equals(expected)) {
                    differences.add("'%s' page %d: total %d, %s; reference: total %d, %s".formatted(query, page,
                            actual.total(), actual.ids(), expected.total(), expected.ids()));
                }
            }
        }
        System.out.printf("ranked search against its reference: %d pages of %d queries compared in %d ms, %d differ%n",
                compared, QUERIES.size(), (System.nanoTime() - started) / 1_000_000, differences.size());
        assertThat(differences.size()).as("pages that differ from the reference query, the first: %s",
                differences.stream().limit(3).toList()).isZero();
        assertThat(compared).isEqualTo(QUERIES.size() * 4);
        assertThat(ranked).as("queries that took the ranked path on some page")
                .contains("Νικόλαος Παπα", "Σταυρούλα", "papadopulos").hasSizeGreaterThanOrEqualTo(25);
    }

    private record Page(long total, List<String> ids, boolean ranked) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Page page && page.total == total && page.ids.equals(ids);
        }

        @Override
        public int hashCode() {
            return ids.hashCode();
        }
    }

    private Page search(String query, int page) throws Exception {
        String json = mvc.perform(get("/api/beneficiaries").param("q", query).param("page", String.valueOf(page))
                        .param("size", String.valueOf(PAGE_SIZE)).header("X-Kentra-Tenant", CENTRE.value())
                        .with(socialWorkerOf(CENTRE.value())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Number total = JsonPath.read(json, "$.total");
        List<String> ids = JsonPath.read(json, "$.items[*].id");
        return new Page(total.longValue(), ids, false);
    }

    // The reference: the search's SQL before session 13, as BeneficiarySearch wrote it (every condition tested and
    // every similarity computed on each row in the ranking), with its plain substring path in front.

    private static final String SUBSTRING_MATCH = " from beneficiary b where b.search_text like :pattern";
    private static final String SUBSTRING_ORDER = " order by (' ' || b.search_text || ' ') like :word desc,"
            + " b.registered_at desc, b.id";
    private static final String RANKED_MATCH = " from beneficiary b where %1$s or %2$s or %3$s";
    private static final String RANKED_ORDER = " order by case when %1$s then 0 when %2$s then 1 else 2 end,"
            + " extensions.word_similarity(:key, b.phonetic_key) desc, %4$s desc, b.registered_at desc, b.id";

    private Page reference(String query, int page) {
        String normalised = SearchText.normalise(query);
        String latin = SearchText.normalise(Elot743.transliterate(normalised));
        Page plain = referencePage(SUBSTRING_MATCH, SUBSTRING_ORDER, Map.of("pattern", "%" + normalised + "%",
                "word", "% " + normalised + " %"), page, false);
        if (plain.total() >= (long) (page + 1) * PAGE_SIZE) {
            return plain;
        }
        Map<String, String> parameters = new HashMap<>(Map.of("q", normalised, "pattern", "%" + normalised + "%",
                "key", PhoneticKey.of(query)));
        String written = "b.search_text like :pattern";
        String typo;
        String similarity;
        if (latin.equals(normalised)) {
            typo = ":q operator(extensions.<%) b.search_text";
            similarity = "extensions.word_similarity(:q, b.search_text)";
        } else {
            parameters.put("latin", latin);
            parameters.put("latinPattern", "%" + latin + "%");
            written = "(" + written + " or b.search_text like :latinPattern)";
            typo = ":latin operator(extensions.<%) b.search_text";
            similarity = "greatest(extensions.word_similarity(:q, b.search_text),"
                    + " extensions.word_similarity(:latin, b.search_text))";
        }
        String sounds = phoneticMatch(query, parameters);
        return referencePage(RANKED_MATCH.formatted(written, sounds, typo),
                RANKED_ORDER.formatted(written, sounds, typo, similarity), parameters, page, true);
    }

    private static String phoneticMatch(String query, Map<String, String> parameters) {
        List<String> words = PhoneticKey.words(query).stream().limit(6).toList();
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> keys = new LinkedHashSet<>(PhoneticKey.ofWord(words.get(i)));
            String word = words.get(i);
            if (i == words.size() - 1 && word.length() > 3) {
                keys.addAll(PhoneticKey.ofWord(word.substring(0, word.length() - 1)));
            }
            if (!keys.isEmpty()) {
                parameters.put("sound" + i, "(^| )(" + String.join("|", keys) + ")");
                conditions.add("b.phonetic_key ~ :sound" + i);
            }
        }
        return conditions.isEmpty() ? "false" : "(" + String.join(" and ", conditions) + ")";
    }

    /** As the search ran it: sequential scans off, one query for the page and the total, a count past the end. */
    private Page referencePage(String from, String order, Map<String, String> parameters, int page,
            boolean ranked) {
        String inCentre = from.replace(" from beneficiary b", " from " + CENTRE.quotedSchemaName() + ".beneficiary b");
        return jdbc.execute((Connection connection) -> {
            connection.setAutoCommit(false);
            try {
                NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(
                        new SingleConnectionDataSource(connection, true));
                named.getJdbcTemplate().execute("set local enable_seqscan = off");
                List<Map<String, Object>> rows = named.queryForList("select b.id::text as id, count(*) over () as total"
                        + inCentre + order + " offset " + page * PAGE_SIZE + " limit " + PAGE_SIZE, parameters);
                Long total = rows.isEmpty() ? named.queryForObject("select count(*)" + inCentre, parameters, Long.class)
                        : ((Number) rows.getFirst().get("total")).longValue();
                return new Page(total == null ? 0 : total, rows.stream().map(row -> (String) row.get("id")).toList(),
                        ranked);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }
}
