package gr.kentra.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.commons.security.RealmRoleAuthorities;
import gr.kentra.launcher.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One Spring context and one real PostgreSQL database for all integration tests of case-service. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class CaseServiceIntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.database("cases_test"));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("kentra.tenancy.archive-dir", ARCHIVE_DIR::toString);
        registry.add("kentra.registry.url", RegistryStandIn::baseUrl);
        registry.add("kentra.registry.refresh", () -> "200ms");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
                () -> RegistryStandIn.baseUrl() + "/token");
    }

    /** Tenant exports of this JVM's tests: a fresh directory, so no export of an earlier run is ever found. */
    protected static final Path ARCHIVE_DIR = temporaryDirectory();

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("kentra-archive-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile()),
                    "archive-test-cleanup"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    /** A centre staff token: member of {@code tenants}, with realm role social-worker. */
    protected static RequestPostProcessor socialWorkerOf(String... tenants) {
        return token(List.of(tenants), "social-worker");
    }

    /** A person with the platform-admin role: never admitted to {@code /internal/**}. */
    protected static RequestPostProcessor platformAdmin() {
        return token(List.of(), "platform-admin");
    }

    protected static RequestPostProcessor tenantService() {
        return gr.kentra.cases.ServiceTokens.tenantService();
    }

    protected static RequestPostProcessor token(List<String> tenants, String... roles) {
        return jwt().jwt(jwt -> jwt.subject("user-1").claim("preferred_username", "maria")
                        .claim("organization", tenants)
                        .claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(new RealmRoleAuthorities());
    }

    /** A member of {@code tenant} with one realm role (e.g. {@code coordinator}). */
    protected static RequestPostProcessor staff(String tenant, String role) {
        return token(List.of(tenant), role);
    }

    /** A request in a centre, as a staff member of it with the given role, optionally with a JSON body. */
    protected static MockHttpServletRequestBuilder in(String tenant, String role, MockHttpServletRequestBuilder request,
            String json) {
        request.header("X-Kentra-Tenant", tenant).with(staff(tenant, role));
        return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** Registers a person in {@code tenant} as a social worker; returns the new id. */
    protected String registerPerson(String tenant, String firstName, String lastName, String dateOfBirth)
            throws Exception {
        String body = mvc.perform(in(tenant, "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"%s","lastName":"%s","dateOfBirth":"%s","gender":"FEMALE"}"""
                        .formatted(firstName, lastName, dateOfBirth)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    protected void provision(String tenant) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", tenant).with(tenantService())).andExpect(status().isOk());
    }

    /** For fixtures in other packages. */
    public void provisionCentre(String tenant) throws Exception {
        provision(tenant);
    }
}
