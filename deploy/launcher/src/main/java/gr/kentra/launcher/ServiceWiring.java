package gr.kentra.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration each service gets from the launcher: the same property names a production deployment
 * sets through its environment (see each service's application.yml).
 */
final class ServiceWiring {

    static final String GATEWAY = "gateway";
    static final String TENANT_SERVICE = "tenant-service";
    static final String CASE_SERVICE = "case-service";
    static final String REPORTING_SERVICE = "reporting-service";
    /** case-service's default cell, {@code spring.datasource}. */
    static final String DEFAULT_CELL = "cell-1";
    static final List<String> SERVICE_NAMES = List.of(TENANT_SERVICE, CASE_SERVICE, REPORTING_SERVICE, GATEWAY);

    record Service(String name, int port, Map<String, String> properties) {
    }

    /** The profile in which a service accepts the demo secrets committed in its application.yml. */
    static final String LOCAL_PROFILE = "local";
    private static final String LOOPBACK = "http://127.0.0.1:";

    private final PlatformSettings settings;
    private final PostgresServer postgres;
    private final String issuer;
    private final String jwks;
    private final String tokenUri;
    private final int tenantPort;
    private final int casePort;
    private final int reportingPort;
    private final int gatewayPort;

    /** Whether case-service gets a second database cell ({@link Platform#SECOND_CELL_PROPERTY}). */
    private final boolean secondCell;

    ServiceWiring(PlatformSettings settings, PostgresServer postgres, int keycloakPort) {
        this(settings, postgres, keycloakPort, false);
    }

    ServiceWiring(PlatformSettings settings, PostgresServer postgres, int keycloakPort, boolean secondCell) {
        this.secondCell = secondCell;
        this.settings = settings;
        this.postgres = postgres;
        String realm = "http://localhost:" + keycloakPort + "/realms/kentra";
        this.issuer = realm;
        this.jwks = realm + "/protocol/openid-connect/certs";
        this.tokenUri = realm + "/protocol/openid-connect/token";
        PlatformSettings.Ports ports = settings.ports();
        this.tenantPort = portOrFree(ports.tenantService());
        this.casePort = portOrFree(ports.caseService());
        this.reportingPort = portOrFree(ports.reportingService());
        this.gatewayPort = portOrFree(ports.gateway());
    }

    List<Service> services() {
        return List.of(
                new Service(TENANT_SERVICE, tenantPort, overridden(TENANT_SERVICE, tenantService())),
                new Service(CASE_SERVICE, casePort, overridden(CASE_SERVICE, caseService())),
                new Service(REPORTING_SERVICE, reportingPort, overridden(REPORTING_SERVICE, reportingService())),
                new Service(GATEWAY, gatewayPort, overridden(GATEWAY, gateway())));
    }

    /** Prefix of system properties that set one service's property, e.g. {@code kentra.launcher.gateway.kentra.limits.enabled}. */
    static final String OVERRIDE_PREFIX = "kentra.launcher.";

    /**
     * A service's properties with those given as {@code -Dkentra.launcher.<service>.<property>=<value>} on top:
     * the benchmarks raise the gateway's rate limits this way, through their documented settings.
     */
    static Map<String, String> overridden(String service, Map<String, String> properties) {
        String prefix = OVERRIDE_PREFIX + service + ".";
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix)).sorted()
                .forEach(name -> properties.put(name.substring(prefix.length()), System.getProperty(name)));
        return properties;
    }

    private Map<String, String> tenantService() {
        Map<String, String> p = common(Platform.REGISTRY_DATABASE);
        p.put("kentra.case-service.url", LOOPBACK + casePort);
        p.put("spring.security.oauth2.client.provider.keycloak.token-uri", tokenUri);
        if (settings.registrySize() > 0) {
            p.put("kentra.registry.generate-up-to", Integer.toString(settings.registrySize()));
        }
        if (secondCell) {
            p.put("kentra.cells", DEFAULT_CELL + "," + Platform.SECOND_CELL);
        }
        return p;
    }

    private Map<String, String> caseService() {
        Map<String, String> p = common(Platform.CASES_DATABASE);
        p.put("kentra.indicators.reporting-url", LOOPBACK + reportingPort);
        p.put("kentra.registry.url", LOOPBACK + tenantPort);
        // One line per centre request (route, status, time, centre and trace id; never the path's ids or the query).
        p.put("logging.level.gr.kentra.cases.access", "DEBUG");
        p.put("spring.security.oauth2.client.provider.keycloak.token-uri", tokenUri);
        if (secondCell) {
            String cell = "kentra.cells." + Platform.SECOND_CELL + ".";
            p.put(cell + "url", postgres.jdbcUrl(Platform.SECOND_CELL_DATABASE));
            p.put(cell + "username", postgres.username());
            p.put(cell + "password", postgres.password());
        }
        return p;
    }

    private Map<String, String> reportingService() {
        return common(Platform.REPORTING_DATABASE);
    }

    private Map<String, String> gateway() {
        Map<String, String> p = security();
        p.put("kentra.routes.case-service", LOOPBACK + casePort);
        p.put("kentra.routes.tenant-service", LOOPBACK + tenantPort);
        p.put("kentra.routes.reporting-service", LOOPBACK + reportingPort);
        p.put("kentra.keycloak.issuer-uri", issuer);
        // One person's script may do more locally (the demo data, the system tests' bursts); production keeps
        // the defaults. The limits themselves are proven by the gateway's own tests.
        p.put("kentra.limits.per-user.per-second", "200");
        p.put("kentra.limits.per-user.burst", "1000");
        p.put("kentra.limits.per-centre.per-second", "1000");
        p.put("kentra.limits.per-centre.burst", "3000");
        p.put("kentra.limits.anonymous.per-second", "200");
        p.put("kentra.limits.anonymous.burst", "1000");
        return p;
    }

    /**
     * The services behind the gateway listen on loopback only: only the gateway and Keycloak face the network.
     * Every service runs in the local profile, the only one that accepts the committed demo secrets.
     */
    private Map<String, String> common(String database) {
        Map<String, String> p = security();
        p.put("server.address", "127.0.0.1");
        p.put("spring.datasource.url", postgres.jdbcUrl(database));
        p.put("spring.datasource.username", postgres.username());
        p.put("spring.datasource.password", postgres.password());
        return p;
    }

    /** Both spellings: the resource-server properties and Kentra's own, whichever a service binds. */
    private Map<String, String> security() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.profiles.active", LOCAL_PROFILE);
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        p.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwks);
        p.put("kentra.security.issuer-uri", issuer);
        p.put("kentra.security.jwk-set-uri", jwks);
        p.put("kentra.security.clock-skew", settings.clockSkew().toSeconds() + "s");
        return p;
    }

    private static int portOrFree(int port) {
        return port > 0 ? port : Processes.freePort();
    }
}
