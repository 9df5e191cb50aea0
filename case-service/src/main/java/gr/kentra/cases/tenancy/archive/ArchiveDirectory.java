package gr.kentra.cases.tenancy.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory of tenant exports: {@code <tenant>_<UTC timestamp>.zip}. An underscore never occurs in a tenant id,
 * so one centre's exports are never taken for another's ({@code nea_…} against {@code nea-smyrni_…}). A zip is
 * written under a {@code .part} name and renamed when complete, and a name is never reused.
 */
@Component
class ArchiveDirectory {

    static final String MANIFEST = "manifest.json";
    static final int PART_QUIET_SECONDS = 5;
    private static final Logger log = LoggerFactory.getLogger(ArchiveDirectory.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final JsonMapper json;

    ArchiveDirectory(ArchiveProperties properties, JsonMapper json) {
        this.root = properties.archiveDir().toAbsolutePath().normalize();
        this.json = json;
    }

    /** A fresh file name for an export made at {@code at}; callers hold the tenant's lock. */
    String newName(TenantId tenant, Instant at) {
        String base = tenant.value() + "_" + STAMP.format(at);
        String name = base + ".zip";
        for (int n = 2; Files.exists(root.resolve(name)) || Files.exists(partOf(name)); n++) {
            name = base + "-" + n + ".zip";
        }
        return name;
    }

    Path partOf(String name) {
        return root.resolve(name + ".part");
    }

    /** Makes a finished {@code .part} file the export {@code name}. */
    Path publish(String name) throws IOException {
        Path target = root.resolve(name);
        if (Files.exists(target)) {
            throw new IOException("Export " + name + " exists already");
        }
        return Files.move(partOf(name), target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Deletes the {@code .part} files an export cut short by a crash left behind (they hold personal data and are never
     * offered: only finished {@code .zip} files are). A part still being written, by this or another instance sharing
     * the directory, is locked by its writer ({@code ArchiveWriter}) or was touched in the last
     * {@value #PART_QUIET_SECONDS} s (the instant between its last byte and its rename), and is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    int removeAbandonedParts() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(root, "*.zip.part")) {
            for (Path part : parts) {
                if (abandoned(part) && Files.deleteIfExists(part)) {
                    log.warn("Removed the unfinished export {} that an interrupted export left behind",
                            part.getFileName());
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for unfinished exports: {}", e.toString());
        }
        return removed;
    }

    private static boolean abandoned(Path part) throws IOException {
        if (Files.getLastModifiedTime(part).toInstant().isAfter(Instant.now().minusSeconds(PART_QUIET_SECONDS))) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM writes it
        } catch (NoSuchFileException e) {
            return false; // published or removed meanwhile
        }
    }

    void prepare() throws IOException {
        Files.createDirectories(root);
    }

    /**
     * Deletes one export of the tenant; false when no such file is there. A name that is not one of this tenant's
     * export names is never resolved, so no other centre's file (or path) can be reached through it.
     */
    boolean delete(TenantId tenant, String name) throws IOException {
        if (!ofTenant(tenant).matcher(name).matches()) {
            return false;
        }
        return Files.deleteIfExists(root.resolve(name));
    }

    private static Pattern ofTenant(TenantId tenant) {
        return Pattern.compile(Pattern.quote(tenant.value()) + "_\\d{8}T\\d{9}Z(-\\d+)?\\.zip");
    }

    /** The exports of the tenant whose manifest names it, oldest first; unreadable zips are skipped. */
    List<ArchiveManifest> exportsOf(TenantId tenant) {
        Pattern ofTenant = ofTenant(tenant);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(root)) {
            listing.forEach(file -> {
                if (ofTenant.matcher(file.getFileName().toString()).matches()) {
                    files.add(file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the archive directory", e);
        }
        return files.stream().sorted()
                .flatMap(file -> manifest(file).stream())
                .filter(m -> tenant.value().equals(m.tenant()) && tenant.schemaName().equals(m.schema()))
                .toList();
    }

    private Optional<ArchiveManifest> manifest(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(MANIFEST);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(json.readValue(in, ArchiveManifest.class));
            }
        } catch (IOException | JacksonException e) {
            log.warn("Skipping unreadable export {}: {}", zip.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }
}
