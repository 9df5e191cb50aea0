package gr.kentra.cases.tenancy.request;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

import gr.kentra.cases.CaseServiceIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: what a centre's connection costs, as the {@link TenantConnection} delegate and, side by side in the
 * same JVM on the same pool, behind a JDK proxy that adds what the proxy over {@code TenantTransactions} did before it
 * (a proxy made at each checkout; reflection and a match on the method's name on every call). Per JDBC call: the
 * five of the eight calls a record read makes on the connection that need no round trip (main at 93cbaef counted per
 * read: isClosed, getAutoCommit, setAutoCommit, getWarnings, clearWarnings, prepareStatement, commit, close). Per
 * checkout: taking the connection from the provider and closing it, with no transaction entered (no round trip).
 * The request thread's CPU, rounds alternating which goes first. Not part of {@code verify}: {@code ./mvnw -pl
 * case-service -am test -Dkentra.excluded-test-groups=none -Dtest=TenantConnectionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class TenantConnectionBenchmark extends CaseServiceIntegrationTest {

    private static final String CENTRE = "tenant-connection-bench";
    private static final int CALLS_PER_ITERATION = 5;
    private static final int ITERATIONS = Integer.getInteger("kentra.bench.iterations", 2_000_000);
    private static final int CHECKOUTS = Integer.getInteger("kentra.bench.checkouts", 200_000);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 6);

    @Autowired
    EntityManagerFactory entities;

    private long sink;

    @Test
    void measuresCpuPerCallAndCheckout() throws Exception {
        provision(CENTRE);
        @SuppressWarnings("unchecked")
        MultiTenantConnectionProvider<String> connections = entities.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(MultiTenantConnectionProvider.class);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Connection direct = connections.getConnection(CENTRE);
        try {
            Connection proxied = asBefore(direct);
            calls(direct);
            calls(proxied);
            for (int round = 1; round <= ROUNDS; round++) {
                boolean directFirst = round % 2 == 1;
                long first = cpu(threads, () -> calls(directFirst ? direct : proxied));
                long second = cpu(threads, () -> calls(directFirst ? proxied : direct));
                double delegate = (double) (directFirst ? first : second) / ITERATIONS / CALLS_PER_ITERATION;
                double proxy = (double) (directFirst ? second : first) / ITERATIONS / CALLS_PER_ITERATION;
                System.out.printf("BENCH connection round %d (%s first): CPU per call, delegate %.1f ns, proxy %.1f"
                        + " ns; the proxy's 8 calls of a read cost %.2f µs more%n", round,
                        directFirst ? "delegate" : "proxy", delegate, proxy, (proxy - delegate) * 8 / 1000);
            }
        } finally {
            direct.close();
        }
        checkouts(connections, false);
        checkouts(connections, true);
        for (int round = 1; round <= ROUNDS; round++) {
            boolean directFirst = round % 2 == 1;
            long first = cpu(threads, () -> checkouts(connections, !directFirst));
            long second = cpu(threads, () -> checkouts(connections, directFirst));
            double delegate = (double) (directFirst ? first : second) / CHECKOUTS / 1000;
            double proxy = (double) (directFirst ? second : first) / CHECKOUTS / 1000;
            System.out.printf("BENCH checkout round %d (%s first): CPU per checkout and close, delegate %.2f µs,"
                    + " proxy %.2f µs (%.2f µs more)%n", round, directFirst ? "delegate" : "proxy", delegate, proxy,
                    proxy - delegate);
        }
        System.out.println("BENCH sink " + sink);
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static long cpu(ThreadMXBean threads, Work work) throws SQLException {
        long before = threads.getCurrentThreadCpuTime();
        work.run();
        return threads.getCurrentThreadCpuTime() - before;
    }

    private void checkouts(MultiTenantConnectionProvider<String> connections, boolean proxied) throws SQLException {
        for (int i = 0; i < CHECKOUTS; i++) {
            Connection connection = connections.getConnection(CENTRE);
            (proxied ? asBefore(connection) : connection).close();
        }
    }

    private void calls(Connection connection) throws SQLException {
        for (int i = 0; i < ITERATIONS; i++) {
            sink += connection.isClosed() ? 1 : 0;
            sink += connection.getAutoCommit() ? 1 : 0;
            connection.setAutoCommit(false);
            sink += connection.getWarnings() == null ? 0 : 1;
            connection.clearWarnings();
        }
    }

    /** The layer the delegate replaced: a proxy's handler matching the name, then invoking by reflection. */
    private Connection asBefore(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setAutoCommit" -> {
                            if ((Boolean) args[0]) {
                                throw new SQLFeatureNotSupportedException("autocommit");
                            }
                            return null;
                        }
                        case "createStatement", "prepareStatement", "prepareCall", "setSavepoint", "unwrap" ->
                            sink++;
                        default -> {
                        }
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if ((method.getName().equals("commit") || method.getName().equals("rollback"))
                                && args == null) {
                            sink++;
                        }
                    }
                });
    }
}
