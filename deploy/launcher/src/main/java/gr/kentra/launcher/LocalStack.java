package gr.kentra.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The README's "run" command lands here: the whole platform on this machine with data kept under
 * {@code .kentra-local/}, until Ctrl-C.
 */
public final class LocalStack {

    private static final List<String> SEED_CENTRES = List.of("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki");
    /** Enough that most indicator cells of a seed centre are above the suppression threshold. */
    private static final int DEMO_PEOPLE_PER_CENTRE = 80;

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("deploy/keycloak"))) {
            throw new IllegalStateException("Run from the repository root (no deploy/keycloak in " + root + ")");
        }
        PlatformSettings settings = new PlatformSettings(
                root.resolve(".kentra-local"),
                true,
                root.resolve("deploy/launcher/target/keycloak/keycloak-dist.zip"),
                root.resolve("deploy/keycloak"),
                PlatformSettings.jarsUnder(root),
                PlatformSettings.Ports.local(),
                Duration.ofSeconds(60),
                // The seed centres plus generated ones up to the national scale (deploy/SCALING.md, "Sizing").
                250);
        long started = System.nanoTime();
        System.out.println("Starting Kentra (PostgreSQL, Keycloak, four services); logs in .kentra-local/logs …");
        Platform platform = Platform.start(settings);
        platform.awaitCentresReady(SEED_CENTRES, "platform-admin", "demo", Duration.ofMinutes(3));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Kentra …");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "kentra-stop"));
        System.out.println(banner(platform, (System.nanoTime() - started) / 1_000_000_000.0));
        DemoCasework.fillSeedCentresInBackground(platform, SEED_CENTRES, DEMO_PEOPLE_PER_CENTRE);
        stopped.await();
    }

    private static String banner(Platform platform, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n══════════════════════════════════════════════════════════════\n");
        out.append(String.format(" Kentra is ready (%.0f s)%n", seconds));
        out.append(" Gateway:   ").append(platform.gatewayUrl()).append('\n');
        out.append(" Centre API: ").append(platform.gatewayUrl()).append("/t/moschato-tavros/api/beneficiaries\n");
        out.append(" Admin API: ").append(platform.gatewayUrl()).append("/admin/api/tenants\n");
        out.append(" Admin pages: ").append(platform.gatewayUrl()).append("/admin/  (platform-admin)\n");
        out.append(" Dashboards: ").append(platform.gatewayUrl()).append("/dashboards/  (analyst, manager-attica)\n");
        out.append(" API docs:  ").append(platform.gatewayUrl()).append("/swagger-ui.html\n");
        out.append(" Keycloak:  ").append(platform.keycloak().baseUrl()).append("/admin  (admin / admin)\n");
        out.append(" PostgreSQL: localhost:").append(platform.postgres().port())
                .append("  (postgres / postgres; databases kentra_registry, kentra_cases, kentra_reporting)\n");
        out.append("\n Demo logins, password 'demo':\n");
        for (String centre : SEED_CENTRES) {
            out.append(String.format("   %-16s %s-social  %s-psy  %s-coord  %s-admin%n",
                    centre, centre, centre, centre, centre));
        }
        out.append("   ministry         analyst\n");
        out.append("   regions          manager-attica  manager-thessaly\n");
        out.append("   platform         platform-admin\n");
        out.append("\n A token for scripts:\n");
        out.append("   curl -s -d grant_type=password -d client_id=kentra-cli -d username=moschato-tavros-social \\\n");
        out.append("        -d password=demo ").append(platform.keycloak().tokenEndpoint()).append('\n');
        out.append("   curl -H \"Authorization: Bearer $TOKEN\" ").append(platform.gatewayUrl())
                .append("/t/moschato-tavros/api/beneficiaries\n");
        out.append("\n Ctrl-C stops everything.\n");
        out.append("══════════════════════════════════════════════════════════════\n");
        return out.toString();
    }
}
