package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the benchmarks change the services' JVM flags and one service's properties, and only those. */
class ServiceSettingsOverridesTest {

    private static final String GATEWAY_LIMIT = "kentra.launcher.gateway.kentra.limits.per-user.per-second";

    @AfterEach
    void clear() {
        System.clearProperty(ServiceProcess.JVM_OPTIONS_PROPERTY);
        System.clearProperty(ServiceProcess.jvmOptionsProperty("gateway"));
        System.clearProperty(GATEWAY_LIMIT);
    }

    @Test
    void startsServicesWithTheLocalStacksJvmFlagsUnlessToldOtherwise() {
        if (System.getenv("KENTRA_JVM_OPTIONS") == null) {
            assertThat(ServiceProcess.jvmOptions("gateway")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS)
                    .contains("-XX:TieredStopAtLevel=1");
        }
        System.setProperty(ServiceProcess.JVM_OPTIONS_PROPERTY, " -Xmx1152m  -XX:StartFlightRecording=filename={service}.jfr ");

        assertThat(ServiceProcess.jvmOptions("case-service"))
                .containsExactly("-Xmx1152m", "-XX:StartFlightRecording=filename=case-service.jfr");
    }

    @Test
    void aServicesOwnJvmFlagsReplaceTheOnesForEveryService() {
        System.setProperty(ServiceProcess.JVM_OPTIONS_PROPERTY, "-Xmx1536m -XX:+UseG1GC");
        System.setProperty(ServiceProcess.jvmOptionsProperty("gateway"), "-Xmx576m -XX:+UseSerialGC");

        assertThat(ServiceProcess.jvmOptions("gateway")).containsExactly("-Xmx576m", "-XX:+UseSerialGC");
        assertThat(ServiceProcess.jvmOptions("case-service")).containsExactly("-Xmx1536m", "-XX:+UseG1GC");
    }

    @Test
    void setsOnlyTheNamedServicesProperty() {
        System.setProperty(GATEWAY_LIMIT, "100000");
        Map<String, String> gateway = new LinkedHashMap<>(Map.of("kentra.limits.per-user.per-second", "200",
                "kentra.limits.per-user.burst", "1000"));
        Map<String, String> cases = new LinkedHashMap<>(Map.of("kentra.limits.per-user.per-second", "200"));

        assertThat(ServiceWiring.overridden(ServiceWiring.GATEWAY, gateway))
                .containsEntry("kentra.limits.per-user.per-second", "100000")
                .containsEntry("kentra.limits.per-user.burst", "1000");
        assertThat(ServiceWiring.overridden(ServiceWiring.CASE_SERVICE, cases))
                .containsEntry("kentra.limits.per-user.per-second", "200");
    }
}
