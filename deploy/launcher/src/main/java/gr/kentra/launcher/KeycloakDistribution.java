package gr.kentra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks the keycloak-quarkus-dist zip (a Maven artifact the build copies next to the launcher). */
public final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /**
     * Unpacks {@code zip} into {@code directory} unless a distribution is already there, and returns the
     * Keycloak home (the folder holding {@code bin/kc.sh}).
     */
    public static Path unpack(Path zip, Path directory) {
        try {
            Path home = findHome(directory);
            if (home != null) {
                return home;
            }
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("Keycloak distribution not found at " + zip
                        + " (build first: ./mvnw -DskipTests package)");
            }
            Files.createDirectories(directory);
            Path root = directory.toAbsolutePath().normalize();
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                    Path target = root.resolve(entry.getName()).normalize();
                    if (!target.startsWith(root)) {
                        throw new IllegalStateException("Refusing zip entry outside target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            home = findHome(directory);
            if (home == null) {
                throw new IllegalStateException("No bin/kc.sh in " + zip);
            }
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak from " + zip, e);
        }
    }

    private static Path findHome(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try (var children = Files.list(directory)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("bin/kc.sh"))).findFirst().orElse(null);
        }
    }
}
