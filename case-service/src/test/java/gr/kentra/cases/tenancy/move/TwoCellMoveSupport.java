package gr.kentra.cases.tenancy.move;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.tenancy.cell.TwoCells;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import gr.kentra.cases.tenancy.request.TenantRequestFilter;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two database cells of their own (databases {@code cases_move1} and {@code cases_move2} on the embedded server),
 * so that centres moved here never meet another test's; one Spring context for every move test. Helpers fill a
 * centre through the API and read each cell with plain JDBC, outside the service.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class TwoCellMoveSupport {

    @DynamicPropertySource
    static void twoCells(DynamicPropertyRegistry registry) {
        TwoCells.register(registry, "cases_move1", "cases_move2");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantMover mover;
    @Autowired
    TenantFreezes freezes;

    final JdbcTemplate cellOne = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.database("cases_move1"), TestPostgres.username(), TestPostgres.password()));
    final JdbcTemplate cellTwo = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.database("cases_move2"), TestPostgres.username(), TestPostgres.password()));

    @AfterEach
    void noInterference() {
        mover.interfere(null);
    }

    void provision(String tenant) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", tenant).with(tenantService())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"attica\"}"))
                .andExpect(status().isOk());
    }

    ResultActions move(String tenant, String cell) throws Exception {
        return mvc.perform(post("/internal/tenants/{tenant}/move", tenant).with(tenantService())
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cell\":\"" + cell + "\"}"));
    }

    /** A request in the centre as a staff member with {@code role}, optionally with a JSON body. */
    static MockHttpServletRequestBuilder in(String tenant, String role, MockHttpServletRequestBuilder request,
            String json) {
        request.header(TenantRequestFilter.HEADER, tenant).with(token(List.of(tenant), role));
        return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    String register(String tenant, String firstName, String lastName) throws Exception {
        return created(in(tenant, "social-worker", post("/api/beneficiaries"), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1979-05-05","gender":"FEMALE"}"""
                .formatted(firstName, lastName)));
    }

    /**
     * A centre with work in most of its tables: people, a household member, a request, a referral to a seeded
     * partner, a counselling session with notes, and the audit lines and outbox facts all of that wrote.
     */
    List<String> fill(String tenant) throws Exception {
        String first = register(tenant, "Ελένη", "Μετακομίδου");
        String second = register(tenant, "Νίκος", "Κελιώτης");
        created(in(tenant, "social-worker", post("/api/beneficiaries/{b}/household", first),
                "{\"relation\":\"SPOUSE\",\"age\":47,\"employmentStatus\":\"UNEMPLOYED\",\"disability\":true}"));
        String request = created(in(tenant, "social-worker", post("/api/requests"), """
                {"beneficiaryId":"%s","type":"GOODS","channel":"WALK_IN","receivedOn":"2026-02-01",
                 "description":"Τρόφιμα για την οικογένεια."}""".formatted(first)));
        String partner = JsonPath.read(mvc.perform(in(tenant, "social-worker", get("/api/partners"), null))
                .andReturn().getResponse().getContentAsString(), "$[0].id");
        created(in(tenant, "social-worker", post("/api/referrals"), """
                {"beneficiaryId":"%s","requestId":"%s","partnerId":"%s","reason":"Τρόφιμα.","sentOn":"2026-02-02"}"""
                .formatted(first, request, partner)));
        created(in(tenant, "psychologist", post("/api/sessions"), """
                {"type":"INDIVIDUAL","date":"2026-03-02","durationMinutes":50,"participants":["%s"],
                 "topic":"ANXIETY_DEPRESSION","notes":"Σημειώσεις συνεδρίας."}""".formatted(second)));
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{id}", second), null))
                .andExpect(status().isOk());
        return List.of(first, second);
    }

    String created(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** Row count and checksum of every table of the schema, read with plain SQL on one cell. */
    static Map<String, String> contents(JdbcTemplate cell, String schema) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : cell.queryForList("select table_name from information_schema.tables"
                + " where table_schema = ? and table_name not like 'databasechangelog%' order by table_name",
                String.class, schema)) {
            contents.put(table, cell.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                    + " order by t::text)), '') from \"" + schema + "\".\"" + table + "\" t", String.class));
        }
        return contents;
    }

    static boolean schemaExists(JdbcTemplate cell, String schema) {
        return Boolean.TRUE.equals(cell.queryForObject(
                "select exists (select 1 from pg_namespace where nspname = ?)", Boolean.class, schema));
    }

    static long count(JdbcTemplate cell, String schema, String table) {
        return cell.queryForObject("select count(*) from \"" + schema + "\"." + table, Long.class);
    }

    static RequestPostProcessor tenantService() {
        return gr.kentra.cases.ServiceTokens.tenantService();
    }

    static RequestPostProcessor token(List<String> tenants, String role) {
        return jwt().jwt(jwt -> jwt.subject("user-" + role).claim("preferred_username", role)
                        .claim("organization", tenants).claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new RealmRoleAuthorities());
    }
}
