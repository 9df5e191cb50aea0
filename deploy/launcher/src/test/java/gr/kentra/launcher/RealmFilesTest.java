package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The security settings of the local and the production realm (issue 10 item 4), read from the files, so that
 * neither can lose them and the production realm cannot drift from the local one's roles, clients and scopes.
 */
class RealmFilesTest {

    private static final Path KEYCLOAK = Path.of("../keycloak");
    private static final String LOCAL = "kentra-realm.json";
    private static final String PRODUCTION = "kentra-realm-production.json";
    private static final Pattern MIN_LENGTH = Pattern.compile("(?:^| )length\\((\\d+)\\)");

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void locksAnAccountOutAfterAtMostTenFailures(String file) throws IOException {
        DocumentContext realm = read(file);
        assertThat(realm.read("$.bruteForceProtected", Boolean.class)).isTrue();
        assertThat(realm.read("$.failureFactor", Integer.class)).isBetween(1, 10);
        assertThat(realm.read("$.maxFailureWaitSeconds", Integer.class)).isGreaterThanOrEqualTo(300);
        assertThat(realm.read("$.waitIncrementSeconds", Integer.class)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void asksForPasswordsOfAtLeastTwelveCharactersThatAreNotTheUsernameOrEmail(String file) throws IOException {
        String policy = read(file).read("$.passwordPolicy", String.class);
        Matcher length = MIN_LENGTH.matcher(policy);
        assertThat(length.find()).as(policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername", "notEmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void recordsLoginAndAdminEvents(String file) throws IOException {
        DocumentContext realm = read(file);
        assertThat(realm.read("$.eventsEnabled", Boolean.class)).isTrue();
        assertThat(realm.read("$.eventsExpiration", Integer.class)).isGreaterThanOrEqualTo(7 * 24 * 3600);
        assertThat(realm.read("$.adminEventsEnabled", Boolean.class)).isTrue();
    }

    @Test
    void theProductionRealmHasTheLocalRolesClientsAndScopesWithoutTheCliClient() throws IOException {
        DocumentContext local = read(LOCAL);
        DocumentContext production = read(PRODUCTION);
        assertThat(names(production, "$.roles.realm[*].name")).isEqualTo(names(local, "$.roles.realm[*].name"));
        List<String> localClients = names(local, "$.clients[*].clientId");
        assertThat(localClients).contains("kentra-cli");
        assertThat(names(production, "$.clients[*].clientId"))
                .isEqualTo(localClients.stream().filter(id -> !id.equals("kentra-cli")).toList());
        for (String client : names(production, "$.clients[*].clientId")) {
            String path = "$.clients[?(@.clientId == '" + client + "')]";
            assertThat(names(production, path + ".defaultClientScopes[*]")).as(client)
                    .isEqualTo(names(local, path + ".defaultClientScopes[*]"));
            assertThat(names(production, path + ".protocolMappers[*].name")).as(client)
                    .isEqualTo(names(local, path + ".protocolMappers[*].name"));
        }
        assertThat(names(production, "$.organizations[*].alias")).isEqualTo(names(local, "$.organizations[*].alias"));
        assertThat(names(production, "$.users[*].username")).as("service accounts only")
                .isEqualTo(names(local, "$.users[?(@.serviceAccountClientId)].username"));
    }

    @Test
    void theProductionRealmHasNoPasswordGrantNoWildcardRedirectsNoLiteralSecretsAndNoDemoMembers() throws IOException {
        DocumentContext production = read(PRODUCTION);
        assertThat(production.read("$.sslRequired", String.class)).isEqualTo("all");
        assertThat(production.read("$.clients[*].directAccessGrantsEnabled", List.class)).containsOnly(false);
        assertThat(production.read("$.clients[*].implicitFlowEnabled", List.class)).containsOnly(false);
        List<String> redirects = names(production, "$.clients[*].redirectUris[*]");
        assertThat(redirects).isNotEmpty().allSatisfy(uri -> assertThat(uri)
                .startsWith("${KENTRA_PUBLIC_URL}/").doesNotContain("*"));
        assertThat(names(production, "$.clients[*].webOrigins[*]")).doesNotContain("*", "+");
        assertThat(names(production, "$.clients[*].secret")).isNotEmpty()
                .allSatisfy(secret -> assertThat(secret).matches("\\$\\{KENTRA_[A-Z_]+}"));
        assertThat(production.read("$.organizations[*].members", List.class)).isEmpty();
        assertThat(names(production, "$.organizations[*].domains[*].name"))
                .allSatisfy(domain -> assertThat(domain).endsWith(".${KENTRA_ORGANIZATION_DOMAIN_SUFFIX}"));
    }

    @Test
    void theProductionRealmMakesEveryoneEnrolAnOneTimePasswordAndKeepsEmailsForAdministrators()
            throws IOException {
        DocumentContext production = read(PRODUCTION);
        List<Map<String, Object>> totp = production.read("$.requiredActions[?(@.alias == 'CONFIGURE_TOTP')]");
        assertThat(totp).singleElement().satisfies(action -> assertThat(action)
                .containsEntry("enabled", true).containsEntry("defaultAction", true));
        assertThat(production.read("$.requiredActions[?(@.alias == 'UPDATE_PASSWORD')].enabled", List.class))
                .as("onboarding's temporary passwords need it").containsExactly(true);
        DocumentContext profile = JsonPath.parse(production.read(
                "$.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0]",
                String.class));
        assertThat(profile.read("$.attributes[?(@.name == 'email')].permissions.edit[*]", List.class))
                .containsExactly("admin");
    }

    @Test
    void theLocalRealmKeepsTheCliClientAndDemoUsersWhosePasswordsBypassThePolicyAsHashes() throws IOException {
        DocumentContext local = read(LOCAL);
        assertThat(local.read("$.clients[?(@.clientId == 'kentra-cli')].directAccessGrantsEnabled", List.class))
                .containsExactly(true);
        DocumentContext users = JsonPath.parse(KEYCLOAK.resolve("kentra-users-0.json").toFile());
        // A plain "value" is checked against the password policy at import and "demo" would fail it; a hash is not.
        assertThat(users.read("$.users[*].credentials[*].value", List.class)).isEmpty();
        assertThat(users.read("$.users[*].credentials[*].credentialData", List.class)).isNotEmpty()
                .allSatisfy(data -> assertThat((String) data).contains("\"algorithm\":\"argon2\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {LOCAL, PRODUCTION})
    void theGatewayHasAServiceAccountWithTheServiceRoleForItsStatusPoll(String file) throws IOException {
        DocumentContext realm = read(file);
        assertThat(realm.read("$.clients[?(@.clientId == 'kentra-gateway')].serviceAccountsEnabled", List.class))
                .containsExactly(true);
        assertThat(names(realm, "$.users[?(@.serviceAccountClientId == 'kentra-gateway')].realmRoles[*]"))
                .contains("kentra-service");
    }

    private static DocumentContext read(String file) throws IOException {
        return JsonPath.parse(KEYCLOAK.resolve(file).toFile());
    }

    private static List<String> names(DocumentContext realm, String path) {
        List<Object> values = realm.read(path, List.class);
        return values.stream().map(String::valueOf).toList();
    }
}
