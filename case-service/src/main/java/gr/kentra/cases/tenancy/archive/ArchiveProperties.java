package gr.kentra.cases.tenancy.archive;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code archiveDir}: where tenant exports are written, one zip per export. A local directory under the working
 * directory by default; production mounts an object store (or a volume backed by one) there.
 */
@ConfigurationProperties("kentra.tenancy")
record ArchiveProperties(Path archiveDir) {

    static final Path DEFAULT_DIR = Path.of("archive", "tenants");

    ArchiveProperties {
        archiveDir = archiveDir == null ? DEFAULT_DIR : archiveDir;
    }
}
