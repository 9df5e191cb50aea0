package gr.kentra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks the keycloak-quarkus-dist zip (a Maven artifact the build copies next to the launcher). */
public final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /**
     * Unpacks {@code zip} into {@code directory} unless that version is already there, and returns the Keycloak
     * home (the folder holding {@code bin/kc.sh}). After an upgrade (another version's home is there) the new home
     * takes over the old one's dev database ({@code data/h2}), which Keycloak migrates at start, so the local
     * stack keeps its users and Organizations.
     */
    public static Path unpack(Path zip, Path directory) {
        try {
            String version = Files.isRegularFile(zip) ? topFolder(zip) : null;
            Path home = version == null ? findHome(directory) : homeAt(directory.resolve(version));
            if (home != null) {
                return home;
            }
            Path previous = findHome(directory);
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
            home = version == null ? findHome(directory) : homeAt(directory.resolve(version));
            if (home == null) {
                throw new IllegalStateException("No bin/kc.sh in " + zip);
            }
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            Path oldDatabase = previous == null ? null : previous.resolve("data/h2");
            if (oldDatabase != null && Files.isDirectory(oldDatabase) && !Files.exists(home.resolve("data/h2"))) {
                Files.createDirectories(home.resolve("data"));
                Files.move(oldDatabase, home.resolve("data/h2"));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak from " + zip, e);
        }
    }

    /**
     * A copy of the home of a Keycloak that has started in dev mode, without its {@code data/} (the copy keeps its
     * own database), in {@code directory} unless a copy of that version is already there. Quarkus persists the
     * dev-mode build in the home ({@code lib/quarkus}), so the copy starts without re-building, which takes a fresh
     * home 20–40 s (and a stale copy is re-built by Keycloak itself).
     */
    public static Path copyOf(Path home, Path directory) {
        Path source = home.toAbsolutePath().normalize();
        Path copy = directory.resolve(source.getFileName().toString());
        if (Files.isRegularFile(copy.resolve("bin/kc.sh"))) {
            return copy;
        }
        try {
            copyTree(source, copy, file -> !file.startsWith(source.resolve("data")),
                    StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy Keycloak from " + home, e);
        }
        return copy;
    }

    /**
     * Copies the folders and files under {@code source} that {@code keep} accepts to the same places under
     * {@code target}, parents first.
     */
    static void copyTree(Path source, Path target, Predicate<Path> keep, CopyOption... options) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(keep).sorted().toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, options);
                }
            }
        }
    }

    /** The zip's top folder, {@code keycloak-26.7.4}: one folder per version. */
    static String topFolder(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry first = entries.getNextEntry();
            if (first == null) {
                return null;
            }
            String name = first.getName();
            int slash = name.indexOf('/');
            return slash > 0 ? name.substring(0, slash) : null;
        }
    }

    private static Path homeAt(Path candidate) {
        return Files.isRegularFile(candidate.resolve("bin/kc.sh")) ? candidate : null;
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
