package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people type into the search box, over a registry of 20,000: Greek with and without accents, Latin
 * (ELOT 743 and the usual "Greeklish"), capitals, partial names and slight misspellings. Each query has
 * one person it must bring first.
 */
class SearchQualityTest extends CaseServiceIntegrationTest {

    static final String CENTRE = "search-quality";
    static final int POPULATION = 20_000;

    /** Query → the planted person (surname) who must be the top hit. */
    static final Map<String, String> QUERIES = queries();

    @BeforeEach
    void registryOfTwentyThousand() throws Exception {
        SearchFixture.ensure(this, jdbc);
    }

    @Test
    void bringsTheIntendedPersonFirstForEveryQuery() throws Exception {
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            String json = mvc.perform(get("/api/beneficiaries").param("q", query.getKey()).param("size", "5")
                            .header("X-Kentra-Tenant", CENTRE).with(socialWorkerOf(CENTRE)))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            List<String> lastNames = JsonPath.read(json, "$.items[*].lastName");
            if (lastNames.isEmpty() || !lastNames.getFirst().equals(query.getValue())) {
                misses.add("'" + query.getKey() + "' -> " + lastNames + " (wanted " + query.getValue() + ")");
            }
        }
        assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(30);
        assertThat(misses).as("queries whose top hit was wrong").isEmpty();
    }

    @Test
    void findsManyPeopleForACommonSurnameWrittenAnyWay() throws Exception {
        for (String query : List.of("Παπαδόπουλος", "papadopoulos", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Παπαδοπουλος")) {
            String json = mvc.perform(get("/api/beneficiaries").param("q", query).param("size", "20")
                            .header("X-Kentra-Tenant", CENTRE).with(socialWorkerOf(CENTRE)))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            int total = JsonPath.read(json, "$.total");
            List<String> lastNames = JsonPath.read(json, "$.items[*].lastName");
            assertThat(total).as(query).isGreaterThan(100);
            assertThat(lastNames).as(query).isNotEmpty().allMatch(name -> SearchText.normalise(name).startsWith("παπαδοπ"));
        }
    }

    private static Map<String, String> queries() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        q.put("Χατζηδακης", "Χατζηδάκης");
        q.put("chatzidakis", "Χατζηδάκης");
        q.put("hatzidakis", "Χατζηδάκης");
        q.put("ΧΑΤΖΗΔΆΚΗΣ", "Χατζηδάκης");
        q.put("Χατζιδάκης", "Χατζηδάκης");
        q.put("καραμανλη", "Καραμανλή");
        q.put("karamanli", "Καραμανλή");
        q.put("Ζωή Καραμανλή", "Καραμανλή");
        q.put("theodorakopoulos", "Θεοδωρακόπουλος");
        q.put("Θεοδωρακοπουλ", "Θεοδωρακόπουλος");
        q.put("Θεοδορακόπουλος", "Θεοδωρακόπουλος");
        q.put("THEODORAKOPOULOU", "Θεοδωρακόπουλος");
        q.put("psaroudaki", "Ψαρουδάκη");
        q.put("Ψαρουδακη", "Ψαρουδάκη");
        q.put("psaroudakis", "Ψαρουδάκη");
        q.put("bourlakis", "Μπουρλάκης");
        q.put("mpourlakis", "Μπουρλάκης");
        q.put("Μπουρλακης", "Μπουρλάκης");
        q.put("ntokou", "Ντόκου");
        q.put("ΝΤΟΚΟΥ", "Ντόκου");
        q.put("Χαρίκλεια Ντόκου", "Ντόκου");
        q.put("evangelatos", "Ευαγγελάτος");
        q.put("evaggelatos", "Ευαγγελάτος");
        q.put("Ευαγγελατος", "Ευαγγελάτος");
        q.put("gkiouzeli", "Γκιουζέλη");
        q.put("giouzeli", "Γκιουζέλη");
        q.put("Γκιουζελη", "Γκιουζέλη");
        q.put("tsitsipas", "Τσιτσιπάς");
        q.put("Τσιτσιπας", "Τσιτσιπάς");
        q.put("Λεωνίδας Τσιτσιπάς", "Τσιτσιπάς");
        q.put("kefalogianni", "Κεφαλογιάννη");
        q.put("Κεφαλογιαννη", "Κεφαλογιάννη");
        q.put("kefalogiani", "Κεφαλογιάννη");
        q.put("Κεφαλογιάννης", "Κεφαλογιάννη");
        return q;
    }
}
