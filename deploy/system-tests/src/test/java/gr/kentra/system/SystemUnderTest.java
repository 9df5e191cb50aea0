package gr.kentra.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import gr.kentra.launcher.Platform;
import gr.kentra.launcher.PlatformSettings;

/**
 * The platform, started once per test JVM (Keycloak is the slow part) and stopped when the JVM exits.
 * Paths come from failsafe's system properties (see this module's pom).
 */
final class SystemUnderTest {

    /** Low, so that an expired token is refused within seconds instead of a minute. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(2);

    static final List<String> SEED_CENTRES = List.of("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki");

    private static Platform platform;

    private SystemUnderTest() {
    }

    static synchronized Platform platform() {
        if (platform == null) {
            Path root = Path.of(System.getProperty("kentra.repository-root", "../..")).toAbsolutePath().normalize();
            PlatformSettings settings = new PlatformSettings(
                    Path.of(System.getProperty("kentra.work-directory", "target/platform")),
                    false,
                    Path.of(System.getProperty("kentra.keycloak-zip", "target/keycloak/keycloak-dist.zip")),
                    root.resolve("deploy/keycloak"),
                    PlatformSettings.jarsUnder(root),
                    PlatformSettings.Ports.free(),
                    CLOCK_SKEW,
                    // 0: the seed centres only; the platform benchmark's tenant spread asks for 250.
                    Integer.getInteger("kentra.bench.registry-size", 0));
            Platform started = Platform.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "platform-stop"));
            // Ready for tests means ready for people: the seed centres' schemas exist.
            started.awaitCentresReady(SEED_CENTRES, "platform-admin", "demo", Duration.ofMinutes(3));
            platform = started;
        }
        return platform;
    }
}
