package gr.kentra.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to start the platform.
 *
 * @param workDirectory where PostgreSQL data, Keycloak and logs live
 * @param keepData      keep PostgreSQL and Keycloak data across restarts (local stack) or start clean (tests)
 * @param keycloakZip   the keycloak-quarkus-dist zip copied by the build
 * @param realmDirectory {@code deploy/keycloak}: realm and demo users
 * @param serviceJars   executable jar per service name
 * @param ports         fixed ports, 0 for free ones
 * @param clockSkew     tolerance when checking token expiry (tests lower it to see expired tokens refused)
 * @param registrySize  centres in the registry: the seeds plus generated ones up to this number (0: seeds only)
 */
public record PlatformSettings(Path workDirectory, boolean keepData, Path keycloakZip, Path realmDirectory,
        Map<String, Path> serviceJars, Ports ports, Duration clockSkew, int registrySize) {

    public record Ports(int gateway, int tenantService, int caseService, int reportingService, int keycloak,
            int postgres) {

        /** The local stack's well-known ports. */
        public static Ports local() {
            return new Ports(8080, 8081, 8082, 8083, 8180, 5433);
        }

        /** Every port picked free: for tests. */
        public static Ports free() {
            return new Ports(0, 0, 0, 0, 0, 0);
        }
    }

    Path jar(String service) {
        Path jar = serviceJars.get(service);
        if (jar == null) {
            throw new IllegalArgumentException("No jar configured for " + service);
        }
        return jar;
    }

    /**
     * Finds each service's {@code <module>/target/<module>-*-exec.jar} under the repository root.
     */
    public static Map<String, Path> jarsUnder(Path repositoryRoot) {
        Map<String, Path> jars = new java.util.LinkedHashMap<>();
        for (String service : ServiceWiring.SERVICE_NAMES) {
            Path target = repositoryRoot.resolve(service).resolve("target");
            try (var files = Files.list(target)) {
                jars.put(service, files
                        .filter(f -> f.getFileName().toString().matches(service + "-.*-exec\\.jar"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No executable jar in " + target)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("No build output in " + target
                        + " (build first: ./mvnw -DskipTests package)", e);
            }
        }
        return jars;
    }
}
