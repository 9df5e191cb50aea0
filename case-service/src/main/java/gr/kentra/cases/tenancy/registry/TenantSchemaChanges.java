package gr.kentra.cases.tenancy.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import gr.kentra.commons.tenant.TenantId;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Hears every change of a centre's readiness made by any instance: the trigger on {@code platform.tenant_schema}
 * (changeset {@code tenant-schema-notify}) sends the centre's id on channel {@value #CHANNEL} when its row is
 * inserted, deleted or changes status, and this instance forgets what it kept of that centre
 * ({@link ReadyTenants}). One connection of its own to the default cell, outside the pool (it is held for the
 * instance's whole life), read by one daemon thread. When the connection is lost the memory is switched off until
 * it listens again (retried every {@value #RETRY_MILLIS} ms): a WARN once per outage, an INFO when it is back.
 */
@Component
class TenantSchemaChanges implements SmartLifecycle {

    static final String CHANNEL = "kentra_tenant_schema";

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaChanges.class);
    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 1_000;
    /**
     * A connection that dies without a word (a network cut, no reset) is found by asking the server: a change
     * made elsewhere meanwhile is unheard for at most this and the check's own timeout.
     */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final ReadyTenants memory;
    private final DataSource database;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile int backendPid;

    @Autowired
    TenantSchemaChanges(ReadyTenants memory, DataSourceProperties defaultCell) {
        this(memory, unpooled(defaultCell));
    }

    /** {@code database} gives a new connection each time (not a pool): the one listening is never given back. */
    TenantSchemaChanges(ReadyTenants memory, DataSource database) {
        this.memory = memory;
        this.database = database;
    }

    private static DataSource unpooled(DataSourceProperties cell) {
        DriverManagerDataSource unpooled = new DriverManagerDataSource(cell.determineUrl(), cell.determineUsername(),
                cell.determinePassword());
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", "kentra-registry-listener");
        properties.setProperty("connectTimeout", "5");
        unpooled.setConnectionProperties(properties);
        return unpooled;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = Thread.ofPlatform().name("tenant-schema-changes").daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        // Wakes a retry's sleep; a wait for notifications ends by itself within WAIT_MILLIS.
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    /** The server process of the listening connection (0 while none): for tests that cut it. */
    int backendPid() {
        return backendPid;
    }

    private void listen() {
        boolean outage = false;
        while (running) {
            try (Connection connection = database.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                backendPid = notifications.getBackendPID();
                memory.listening();
                if (outage) {
                    log.info("Listening to the tenant registry's changes again; centres' readiness is kept in memory"
                            + " again");
                    outage = false;
                }
                receive(connection, notifications);
            } catch (SQLException | RuntimeException e) {
                memory.deaf();
                backendPid = 0;
                if (running && !outage) {
                    log.warn("Not listening to the tenant registry's changes; every centre's readiness is read from"
                            + " the database until it listens again: {}", e.toString());
                    outage = true;
                }
            }
            if (running && !pause()) {
                break;
            }
        }
        memory.deaf();
        backendPid = 0;
    }

    private void receive(Connection connection, PGConnection notifications) throws SQLException {
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null) {
                for (PGNotification notification : received) {
                    changed(notification.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck > 0) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void changed(String tenant) {
        if (TenantId.isValid(tenant)) {
            memory.changed(TenantId.of(tenant));
        } else {
            // Not a centre's id: whatever changed, nothing kept can be trusted.
            memory.changedAll();
        }
    }

    /** False when stopped meanwhile. */
    private boolean pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
