package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's helpers and the realm files' naming, without starting Keycloak. */
class KeycloakServerTest {

    @TempDir
    Path temp;

    @Test
    void readsTheAccessTokenOfATokenResponse() {
        String body = "{\"access_token\":\"eyJhbGciOi.eyJzdWIi.c2ln\",\"expires_in\":300,"
                + "\"refresh_token\":\"other\",\"token_type\":\"Bearer\"}";
        assertThat(KeycloakServer.accessToken(body)).isEqualTo("eyJhbGciOi.eyJzdWIi.c2ln");
        assertThat(KeycloakServer.accessToken("{\"error\":\"invalid_grant\"}")).isNull();
    }

    @Test
    void formEncodesValues() {
        assertThat(KeycloakServer.formEncode(Map.of("password", "a b&c=d")))
                .isEqualTo("password=a+b%26c%3Dd");
    }

    @Test
    void copiesTheRealmAndUserFilesOnly() throws Exception {
        Path source = Files.createDirectories(temp.resolve("realm"));
        for (String name : List.of("kentra-realm.json", "kentra-users-0.json", "kentra-users-12.json",
                "README.md", "other-realm.json", "kentra-users-x.json")) {
            Files.writeString(source.resolve(name), "{}", StandardCharsets.UTF_8);
        }
        Path target = temp.resolve("home/data/import");

        KeycloakServer.copyRealmFiles(source, target);

        try (var files = Files.list(target)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("kentra-realm.json", "kentra-users-0.json", "kentra-users-12.json");
        }
    }

    @Test
    void refusesADirectoryWithoutTheRealmFile() {
        assertThatThrownBy(() -> KeycloakServer.copyRealmFiles(temp, temp.resolve("import")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kentra-realm.json");
    }

    @Test
    void theLoginThemeInThePlatformsLookShipsWithTheRealmsAndIsCopiedWhereKeycloakFindsIt() throws Exception {
        Path home = temp.resolve("home");
        KeycloakServer.copyThemes(Path.of("../keycloak/themes"), home.resolve("themes"));

        Path login = home.resolve("themes/kentra/login");
        java.util.Properties theme = new java.util.Properties();
        try (var in = Files.newBufferedReader(login.resolve("theme.properties"), StandardCharsets.UTF_8)) {
            theme.load(in);
        }
        assertThat(theme.getProperty("parent")).isIn("keycloak", "base");
        assertThat(theme.getProperty("styles")).contains("css/kentra-login.css");
        assertThat(theme.getProperty("locales")).isEqualTo("el,en");
        String css = Files.readString(login.resolve("resources/css/kentra-login.css"), StandardCharsets.UTF_8);
        String look = Files.readString(Path.of("../../platform-commons/src/main/resources/META-INF/resources/kentra/kentra.css"),
                StandardCharsets.UTF_8);
        // The same blue, link colour and yellow focus as every other page of the platform; nothing from elsewhere.
        for (String colour : List.of("--gr-blue: #003375", "--gr-link: #0b5cad")) {
            assertThat(css).contains(colour);
            assertThat(look).contains(colour);
        }
        assertThat(css).contains("#fd0").doesNotContain("@import", "http:", "https:");
        java.util.Properties greek = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var el = Files.newBufferedReader(login.resolve("messages/messages_el.properties"), StandardCharsets.UTF_8);
                var en = Files.newBufferedReader(login.resolve("messages/messages_en.properties"), StandardCharsets.UTF_8)) {
            greek.load(el);
            english.load(en);
        }
        assertThat(greek.keySet()).isEqualTo(english.keySet()).contains("loginTitle", "loginAccountTitle");
        assertThat(greek.getProperty("loginAccountTitle")).isNotEqualTo(english.getProperty("loginAccountTitle"));
        for (String realm : List.of("kentra-realm.json", "kentra-realm-production.json")) {
            assertThat(Files.readString(Path.of("../keycloak").resolve(realm), StandardCharsets.UTF_8)).as(realm)
                    .contains("\"loginTheme\": \"kentra\"");
        }
    }

    @Test
    void theRepositoryRealmDirectoryHoldsTheRealmAndTheDemoUsers() throws Exception {
        Path deployKeycloak = Path.of("../keycloak");
        Path target = temp.resolve("import");

        List<Path> copied = KeycloakServer.copyRealmFiles(deployKeycloak, target);

        assertThat(copied).extracting(file -> file.getFileName().toString())
                .containsExactly("kentra-realm.json", "kentra-users-0.json");
        String realm = Files.readString(target.resolve("kentra-realm.json"), StandardCharsets.UTF_8);
        assertThat(realm).contains("\"realm\": \"kentra\"", "\"organizationsEnabled\": true",
                "\"alias\": \"moschato-tavros\"", "\"alias\": \"mouzaki\"");
    }
}
