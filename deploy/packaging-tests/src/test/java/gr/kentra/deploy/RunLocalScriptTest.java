package gr.kentra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./run-local.sh} (issue 16): refuses a second start of the same checkout cleanly, resets only when no stack
 * runs, and runs the launcher on the JDK the build uses (JAVA_HOME at 21+ wins over an older {@code java} first on
 * the PATH). Run on a copy of the script, with a stand-in process as the running launcher: nothing is started.
 */
class RunLocalScriptTest {

    @TempDir
    Path checkout;

    @Test
    void refusesASecondStartWhileTheLauncherOfThisCheckoutRuns() throws Exception {
        copyScripts();
        Process launcher = standInLauncher();
        try {
            writePid(launcher.pid());
            Result second = run(Map.of(), "run-local.sh");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.output()).contains("already running", "pid " + launcher.pid());

            Files.writeString(checkout.resolve(".kentra-local/postgres-data"), "kept");
            Result reset = run(Map.of(), "run-local.sh", "--reset");
            assertThat(reset.exit()).isEqualTo(1);
            assertThat(checkout.resolve(".kentra-local/postgres-data")).as("nothing deleted while running").exists();
        } finally {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStalePidFileOfAStoppedLauncherDoesNotBlockAStartAndResetDeletesTheLocalData() throws Exception {
        copyScripts();
        Process gone = standInLauncher();
        gone.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        writePid(gone.pid());
        Files.writeString(checkout.resolve(".kentra-local/postgres-data"), "old");

        // No jars in the copy: the script gets past the checks to the build, which the stand-in mvnw records.
        Result start = run(Map.of(), "run-local.sh", "--reset");
        assertThat(start.output()).doesNotContain("already running").contains("Resetting", "stand-in mvnw");
        assertThat(checkout.resolve(".kentra-local/postgres-data")).doesNotExist();
    }

    @Test
    void documentsItsOptionsAndRefusesUnknownOnes() throws Exception {
        copyScripts();
        assertThat(run(Map.of(), "run-local.sh", "--help").output()).contains("--reset");
        Result unknown = run(Map.of(), "run-local.sh", "--wipe");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.output()).contains("Unknown option");
    }

    @Test
    void aJavaHomeAt21OrNewerIsTheJavaOfTheLauncherEvenWithAnOlderJavaFirstOnThePath() throws Exception {
        Optional<Path> old = jdk(major -> major < 21);
        Optional<Path> current = jdk(major -> major >= 21);
        assumeTrue(old.isPresent() && current.isPresent(), "needs a JDK below 21 and one at 21+ under /usr/lib/jvm");
        copyScripts();
        Path probe = checkout.resolve("probe.sh");
        Files.writeString(probe, """
                set -e
                cd "$(dirname "$0")"
                source deploy/bin/select-jdk.sh
                java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p'
                """);
        Result result = run(Map.of("JAVA_HOME", current.get().toString(),
                "PATH", old.get().resolve("bin") + ":" + System.getenv("PATH")), "probe.sh");
        assertThat(result.exit()).isZero();
        assertThat(Path.of(result.output().trim()).toRealPath()).isEqualTo(current.get().toRealPath());
        assertThat(Files.readString(checkout.resolve("run-local.sh"))).contains("exec \"$java_cmd\" -jar");
    }

    private void copyScripts() throws IOException {
        Files.createDirectories(checkout.resolve("deploy/bin"));
        Files.createDirectories(checkout.resolve(".kentra-local"));
        Files.copy(Repository.path("run-local.sh"), checkout.resolve("run-local.sh"));
        Files.copy(Repository.path("deploy/bin/select-jdk.sh"), checkout.resolve("deploy/bin/select-jdk.sh"));
        Path mvnw = checkout.resolve("mvnw");
        Files.writeString(mvnw, "#!/usr/bin/env bash\necho 'stand-in mvnw' \"$@\"\nexit 3\n");
        mvnw.toFile().setExecutable(true);
        Files.createDirectories(checkout.resolve("platform-commons/src"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    }

    /** A process whose command line names the launcher, as the real one's does ({@code kentra-launcher-…-exec.jar}). */
    private static Process standInLauncher() throws IOException {
        return new ProcessBuilder("bash", "-c", "exec -a kentra-launcher-stand-in sleep 300").start();
    }

    private void writePid(long pid) throws IOException {
        Files.writeString(checkout.resolve(".kentra-local/launcher.pid"), pid + "\n");
    }

    record Result(int exit, String output) {
    }

    private Result run(Map<String, String> environment, String script, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Optional<Path> jdk(java.util.function.IntPredicate major) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates.filter(dir -> Files.isExecutable(dir.resolve("bin/javac")))
                    .filter(dir -> !Files.isSymbolicLink(dir))
                    .filter(dir -> major.test(majorOf(dir)))
                    .findFirst();
        }
    }

    private static int majorOf(Path jdk) {
        try {
            Path release = jdk.resolve("release");
            if (!Files.exists(release)) {
                return 0;
            }
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = version.split("[.+-]")[0];
                    return Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
