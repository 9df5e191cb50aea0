package gr.kentra.cases.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeneficiarySearchTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "search-here";
    private static final String OTHER = "search-there";

    @BeforeAll
    void people() throws Exception {
        provision(TENANT);
        provision(OTHER);
        register(TENANT, "Νικόλαος", "Παπαδόπουλος", "01013099997", "090000045");
        register(TENANT, "Ελένη", "Γεωργίου", null, null);
        register(TENANT, "Δημήτρης", "Κωνσταντίνου", null, null);
        register(OTHER, "Γιάννης", "Παπαδόπουλος", null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"papadopoulos", "Παπαδοπουλος", "ΠΑΠΑΔΌΠΟΥΛΟΣ", "PAPADOPOULOU", "papad", "Παπαδοπουλο"})
    void findsAPersonByNameInEitherAlphabetWithOrWithoutAccentsOrWithATypo(String query) throws Exception {
        assertThat(lastNames(TENANT, query)).first().isEqualTo("Παπαδόπουλος");
    }

    @Test
    void neverReturnsAnotherCentresPeople() throws Exception {
        assertThat(firstNames(TENANT, "papadopoulos")).containsExactly("Νικόλαος");
        assertThat(firstNames(OTHER, "papadopoulos")).containsExactly("Γιάννης");
    }

    @Test
    void findsAPersonByHowTheNameSoundsInTheCentreOnly() throws Exception {
        assertThat(lastNames(TENANT, "Papadopoylos Nikos")).first().isEqualTo("Παπαδόπουλος");
        assertThat(lastNames(TENANT, "Mitsos Konstadinou")).first().isEqualTo("Κωνσταντίνου");
        assertThat(firstNames(TENANT, "Yannis Papadopoylos")).doesNotContain("Γιάννης");
        assertThat(firstNames(OTHER, "Yannis Papadopoylos")).containsExactly("Γιάννης");
    }

    @Test
    void findsAnEditedPersonByTheSoundOfTheNewNameOnly() throws Exception {
        String centre = "search-edited";
        provision(centre);
        String id = JsonPath.read(mvc.perform(post("/api/beneficiaries").header("X-Kentra-Tenant", centre)
                        .with(socialWorkerOf(centre)).contentType(MediaType.APPLICATION_JSON).content("""
                                {"firstName":"Νικόλαος","lastName":"Καλλέργης","dateOfBirth":"1970-01-01",
                                 "gender":"MALE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/beneficiaries/{id}", id).header("X-Kentra-Tenant", centre).with(socialWorkerOf(centre))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"Νικόλαος","lastName":"Χατζηγιάννης","dateOfBirth":"1970-01-01",
                         "gender":"MALE","status":"ACTIVE","version":0}""")).andExpect(status().isOk());
        assertThat(lastNames(centre, "Nikos Xatziyannis")).containsExactly("Χατζηγιάννης");
        assertThat(lastNames(centre, "Kalergis")).isEmpty();
        assertThat(jdbc.queryForList("select latin_search_text from t_search_edited.beneficiary", String.class))
                .containsExactly("nikolaos chatzigiannis");
    }

    /**
     * A typo is looked for among the Latin words only (a query's Latin form shares no trigram with a Greek word):
     * the generated column holds the given Latin names and the ELOT 743 forms, in the search text's order, and
     * finds a misspelt given name there through its own index.
     */
    @Test
    void findsATypoInTheGivenLatinNameThroughTheLatinWordsIndex() throws Exception {
        String centre = "search-latin";
        provision(centre);
        mvc.perform(post("/api/beneficiaries").header("X-Kentra-Tenant", centre).with(socialWorkerOf(centre))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName":"Γεώργιος","lastName":"Λαζαρίδης","latinFirstName":"George",
                         "latinLastName":"Lazaridis","dateOfBirth":"1970-01-01","gender":"MALE"}"""))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select search_text || ' | ' || latin_search_text"
                + " from t_search_latin.beneficiary", String.class))
                .isEqualTo("γεωργιοσ λαζαριδησ george lazaridis georgios | george lazaridis georgios");
        // two letters swapped, no substring of the name: in Latin, and in a Greek query's ELOT 743 form
        assertThat(lastNames(centre, "Lazaridsi")).containsExactly("Λαζαρίδης");
        assertThat(lastNames(centre, "Λαζαριδσι")).containsExactly("Λαζαρίδης");
        assertThat(lastNames(centre, "Lazqrqdqs")).isEmpty();
        String plan = planWithoutSequentialScans("select id from t_search_latin.beneficiary"
                + " where latin_search_text operator(extensions.%>) 'lazaridsi'");
        assertThat(plan).contains("beneficiary_latin_search_trgm_ix");
    }

    /** The search turns sequential scans off for its transaction; the regular expression must then use the index. */
    @Test
    void matchesBySoundThroughItsTrigramIndex() {
        String plan = planWithoutSequentialScans("select id from t_search_here.beneficiary"
                + " where phonetic_key ~ '(^| )(papadopulo|papadopul)'");
        assertThat(plan).contains("beneficiary_phonetic_trgm_ix");
    }

    /** The changeset's Liquibase step keys people registered before the column existed as registration does. */
    @Test
    void backfillKeysPeopleRegisteredBeforeTheColumnAsRegistrationDoes() {
        String keys = "select string_agg(phonetic_key, ',' order by id) from beneficiary";
        jdbc.execute((java.sql.Connection connection) -> {
            String schema = connection.getSchema();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                connection.setSchema("t_search_here");
                var registered = statement.executeQuery(keys);
                registered.next();
                String asRegistered = registered.getString(1);
                statement.executeUpdate("update beneficiary set phonetic_key = null");
                new PhoneticKeyBackfill().execute(liquibase.database.DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new liquibase.database.jvm.JdbcConnection(connection)));
                var backfilled = statement.executeQuery(keys);
                backfilled.next();
                assertThat(asRegistered).contains("papadopulo");
                assertThat(backfilled.getString(1)).isEqualTo(asRegistered);
                return null;
            } catch (liquibase.exception.DatabaseException | liquibase.exception.CustomChangeException e) {
                throw new IllegalStateException(e);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setSchema(schema);
            }
        });
    }

    /** A pending list would be read whole by every search until vacuum merges it (see the changeset's comment). */
    @Test
    void searchIndexTakesNewRegistrationsWithoutAPendingList() {
        String options = jdbc.queryForObject("select array_to_string(c.reloptions, ',') from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 't_search_here' and c.relname = 'beneficiary_search_trgm_ix'", String.class);
        assertThat(options).contains("fastupdate=off");
        assertThat(jdbc.queryForObject("select array_to_string(c.reloptions, ',') from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 't_search_here' and c.relname = 'beneficiary_latin_search_trgm_ix'",
                String.class)).contains("fastupdate=off");
    }

    @Test
    void findsByAmkaOrAfmExactly() throws Exception {
        assertThat(lastNames(TENANT, "01013099997")).containsExactly("Παπαδόπουλος");
        assertThat(lastNames(TENANT, "090000045")).containsExactly("Παπαδόπουλος");
        assertThat(lastNames(TENANT, "0101309999")).isEmpty();
    }

    @Test
    void listsEveryoneNewestFirstWithoutAQuery() throws Exception {
        String body = search(TENANT, "");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].lastName"))
                .containsExactly("Κωνσταντίνου", "Γεωργίου", "Παπαδόπουλος");
        assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(body, "$.page")).isZero();
        assertThat(JsonPath.<Integer>read(body, "$.size")).isEqualTo(20);
    }

    @Test
    void pagesThroughResults() throws Exception {
        String body = mvc.perform(get("/api/beneficiaries").param("size", "2").param("page", "1")
                        .header("X-Kentra-Tenant", TENANT).with(socialWorkerOf(TENANT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].lastName")).containsExactly("Παπαδόπουλος");
        assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(3);
    }

    @Test
    void findsNothingForAnUnrelatedName() throws Exception {
        assertThat(lastNames(TENANT, "zzyzx")).isEmpty();
    }

    /** The plan of {@code select} with sequential scans off, as the search sets them for its transaction. */
    private String planWithoutSequentialScans(String select) {
        return jdbc.execute((java.sql.Connection connection) -> {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set local enable_seqscan = off");
                var rows = statement.executeQuery("explain " + select);
                StringBuilder lines = new StringBuilder();
                while (rows.next()) {
                    lines.append(rows.getString(1)).append('\n');
                }
                return lines.toString();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }

    private List<String> lastNames(String tenant, String q) throws Exception {
        return JsonPath.read(search(tenant, q), "$.items[*].lastName");
    }

    private List<String> firstNames(String tenant, String q) throws Exception {
        return JsonPath.read(search(tenant, q), "$.items[*].firstName");
    }

    private String search(String tenant, String q) throws Exception {
        return mvc.perform(get("/api/beneficiaries").param("q", q)
                        .header("X-Kentra-Tenant", tenant).with(socialWorkerOf(tenant)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void register(String tenant, String first, String last, String amka, String afm) throws Exception {
        String json = """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1970-01-01","gender":"UNKNOWN"%s%s}"""
                .formatted(first, last, amka == null ? "" : ",\"amka\":\"" + amka + "\"",
                        afm == null ? "" : ",\"afm\":\"" + afm + "\"");
        mvc.perform(post("/api/beneficiaries").header("X-Kentra-Tenant", tenant).with(socialWorkerOf(tenant))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
    }
}
