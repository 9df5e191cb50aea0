package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Keycloak upgrade (a new version property) unpacks the new version and keeps the local dev database; a second
 * Keycloak starts from a copy of a built one.
 */
class KeycloakDistributionTest {

    @TempDir
    Path temp;

    @Test
    void unpacksANewVersionBesideTheOldOneAndMovesTheDevDatabaseOver() throws IOException {
        Path directory = temp.resolve("keycloak");
        Path old = Files.createDirectories(directory.resolve("keycloak-26.7.3/bin"));
        Files.writeString(old.resolve("kc.sh"), "old");
        Files.createDirectories(directory.resolve("keycloak-26.7.3/data/h2"));
        Files.writeString(directory.resolve("keycloak-26.7.3/data/h2/keycloakdb.mv.db"), "users");

        Path home = KeycloakDistribution.unpack(zip("keycloak-26.7.4"), directory);

        assertThat(home.getFileName().toString()).isEqualTo("keycloak-26.7.4");
        assertThat(home.resolve("bin/kc.sh")).hasContent("new");
        assertThat(home.resolve("data/h2/keycloakdb.mv.db")).hasContent("users");
        assertThat(KeycloakDistribution.unpack(zip("keycloak-26.7.4"), directory)).isEqualTo(home);
    }

    @Test
    void aCopyOfAStartedHomeKeepsItsBuildAndExecutablesButNotItsDatabase() throws IOException {
        Path home = KeycloakDistribution.unpack(zip("keycloak-26.7.4"), temp.resolve("platform"));
        Files.createDirectories(home.resolve("lib/quarkus"));
        Files.writeString(home.resolve("lib/quarkus/build-system.properties"), "kc.profile=dev");
        Files.createDirectories(home.resolve("data/h2"));
        Files.writeString(home.resolve("data/h2/keycloakdb.mv.db"), "the platform's users");

        Path copy = KeycloakDistribution.copyOf(home, temp.resolve("second"));

        assertThat(copy).isEqualTo(temp.resolve("second/keycloak-26.7.4"));
        assertThat(copy.resolve("lib/quarkus/build-system.properties")).hasContent("kc.profile=dev");
        assertThat(copy.resolve("bin/kc.sh")).hasContent("new").isExecutable();
        assertThat(copy.resolve("data")).doesNotExist();
        Files.writeString(copy.resolve("bin/kc.sh"), "kept");
        assertThat(KeycloakDistribution.copyOf(home, temp.resolve("second"))).isEqualTo(copy);
        assertThat(copy.resolve("bin/kc.sh")).hasContent("kept");
    }

    private Path zip(String folder) throws IOException {
        Path zip = temp.resolve(folder + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(folder + "/"));
            entries.putNextEntry(new ZipEntry(folder + "/bin/kc.sh"));
            entries.write("new".getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }
        return zip;
    }
}
