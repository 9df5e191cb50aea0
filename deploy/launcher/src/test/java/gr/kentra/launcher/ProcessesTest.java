package gr.kentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
    void handsOutEachFreePortOnceThenLetsTheKernelPick() throws Exception {
        int first = adjacentFreePorts();
        int a = Processes.firstFree(first, first + 1);
        int b = Processes.firstFree(first, first + 1);
        assertThat(List.of(a, b)).containsExactlyInAnyOrder(first, first + 1);
        // Both promised: the walk finds nothing and the kernel picks a port outside the two.
        assertThat(Processes.firstFree(first, first + 1)).isNotIn(first, first + 1);
    }

    @Test
    void letsTheKernelPickWhereItsRangeLeavesNoRoom() {
        int port = Processes.freePort(new int[] {1_024, 65_535});
        // The kernel's pick comes from its own range, which this machine's /proc names.
        assertThat(port).isGreaterThanOrEqualTo(Processes.ephemeralRange(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))[0]);
    }

    /** The first of two adjacent ports, both free and promised to no one yet. */
    private static int adjacentFreePorts() throws Exception {
        for (int port = 20_000 + (int) (ProcessHandle.current().pid() % 4_000) * 2; port < 29_999; port += 2) {
            if (Processes.promised(port) || Processes.promised(port + 1)) {
                continue;
            }
            try (ServerSocket one = new ServerSocket(port); ServerSocket two = new ServerSocket(port + 1)) {
                return port;
            } catch (java.io.IOException taken) {
                // try the next pair
            }
        }
        throw new IllegalStateException("no two adjacent free ports");
    }

    @Test
    void readsTheKernelsRangeAndFallsBackToTheIanaOne() throws Exception {
        Path file = Files.writeString(temp.resolve("ip_local_port_range"), "32768\t60999\n");
        assertThat(Processes.ephemeralRange(file)).containsExactly(32_768, 60_999);
        assertThat(Processes.ephemeralRange(temp.resolve("missing"))).containsExactly(49_152, 65_535);
        Path linux = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.exists(linux)) {
            // The real file, which Files.readString misreads (one byte): both bounds, in order.
            int[] range = Processes.ephemeralRange(linux);
            assertThat(range[0]).isBetween(1_024, 65_535).isLessThan(range[1]);
            assertThat(range[1]).isEqualTo(Integer.parseInt(
                    new String(Files.newInputStream(linux).readAllBytes()).trim().split("\\s+")[1]));
        }
        Files.writeString(file, "garbage");
        assertThat(Processes.ephemeralRange(file)).containsExactly(49_152, 65_535);
    }
}
