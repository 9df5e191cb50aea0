package gr.kentra.cases.tenancy.cell;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Every database cell at {@code /actuator/health/cells}, with its pool's connections. The service is
 * down only when the default cell is: it holds the placement registry, without which no centre can be served.
 * Another cell being unreachable hurts only its centres, and taking every instance out of service for it would
 * hurt all the others, so it shows in the details and in the gauge {@code kentra.cells.available} (1 or 0, tag
 * {@code cell}) for alerting, while the status stays up.
 */
@Component("cellsHealthIndicator")
class CellsHealth implements HealthIndicator {

    private static final int VALIDATION_SECONDS = 2;

    private final DatabaseCells cells;

    CellsHealth(DatabaseCells cells, MeterRegistry meters) {
        this.cells = cells;
        for (String name : cells.names()) {
            Gauge.builder("kentra.cells.available", cells, all -> reachable(all.cell(name).pool()) ? 1 : 0)
                    .tag("cell", name)
                    .description("Whether a connection to the database cell could be validated")
                    .register(meters);
        }
    }

    @Override
    public Health health() {
        Map<String, DataSource> pools = new LinkedHashMap<>();
        cells.names().forEach(name -> pools.put(name, cells.cell(name).pool()));
        return of(pools, DatabaseCells.DEFAULT);
    }

    /** The health of these pools, down when {@code essential} cannot be reached. */
    static Health of(Map<String, DataSource> pools, String essential) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean essentialUp = true;
        for (Map.Entry<String, DataSource> cell : pools.entrySet()) {
            boolean up = reachable(cell.getValue());
            essentialUp &= up || !cell.getKey().equals(essential);
            details.put(cell.getKey(), describe(cell.getValue(), up));
        }
        return (essentialUp ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static Map<String, Object> describe(DataSource pool, boolean up) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("status", up ? "UP" : "DOWN");
        if (pool instanceof HikariDataSource hikari && !hikari.isClosed() && hikari.getHikariPoolMXBean() != null) {
            HikariPoolMXBean connections = hikari.getHikariPoolMXBean();
            cell.put("activeConnections", connections.getActiveConnections());
            cell.put("idleConnections", connections.getIdleConnections());
            cell.put("waitingThreads", connections.getThreadsAwaitingConnection());
            cell.put("maximumPoolSize", hikari.getMaximumPoolSize());
        }
        return cell;
    }

    private static boolean reachable(DataSource pool) {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
