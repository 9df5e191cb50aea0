package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free ports that an outgoing connection cannot take before the server they were picked for binds them. */
class ProcessesTest {

    @TempDir
    Path temp;

    @Test
    void picksPortsBelowTheKernelsEphemeralRangeAndNeverTheSameOneTwice() throws Exception {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Processes.freePort(new int[] {32_768, 60_999});
            assertThat(port).isBetween(10_000, 32_767);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
            try (ServerSocket bound = new ServerSocket(port)) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void skipsAPortSomethingListensOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            // The only candidate is taken, so the walk finds nothing and the kernel picks another port.
            assertThat(Processes.firstFree(port, port)).isNotEqualTo(port);
        }
    }

    @Test
    void letsTheKernelPickWhereItsRangeLeavesNoRoom() {
        int port = Processes.freePort(new int[] {1_024, 65_535});
        assertThat(port).isBetween(1_024, 65_535);
    }

    @Test
    void readsTheKernelsRangeAndFallsBackToTheIanaOne() throws Exception {
        Path file = Files.writeString(temp.resolve("ip_local_port_range"), "32768\t60999\n");
        assertThat(Processes.ephemeralRange(file)).containsExactly(32_768, 60_999);
        assertThat(Processes.ephemeralRange(temp.resolve("missing"))).containsExactly(49_152, 65_535);
        Files.writeString(file, "garbage");
        assertThat(Processes.ephemeralRange(file)).containsExactly(49_152, 65_535);
    }
}
