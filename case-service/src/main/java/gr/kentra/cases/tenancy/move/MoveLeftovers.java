package gr.kentra.cases.tenancy.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.cases.tenancy.registry.TenantSchemaStatus;
import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What a move cut short by a crash of this service leaves behind: a copy of a centre's schema on a cell the registry
 * does not place it on (the half-made target when the crash came before the switch, the old source after it).
 * Nothing serves it (every checkout goes to the registered cell), but it is personal data outside the centre's one
 * home, so it is dropped soon after startup and then every {@code kentra.tenancy.move-leftovers-interval}. A schema is
 * dropped only when the registry places its centre on another cell that holds the schema, and no move of that centre
 * runs on any instance: a move holds its {@link #MOVE_RUNNING} lock on the default cell from start to end, and a
 * crash ends the session and the lock with it.
 */
@Component
class MoveLeftovers {

    /** First key of the lock a move holds for its whole length ("KTMR"); the second is the schema name's hash. */
    static final int MOVE_RUNNING = 0x4b544d52;
    private static final Logger log = LoggerFactory.getLogger(MoveLeftovers.class);

    private final DatabaseCells cells;
    private final TenantRegistry registry;

    MoveLeftovers(DatabaseCells cells, TenantRegistry registry) {
        this.cells = cells;
        this.registry = registry;
    }

    /**
     * The lock that says a move of the tenant runs, on its own session of the default cell (the caller closes it to
     * release); empty when another move (any instance) holds it.
     */
    Optional<Connection> running(TenantId tenant) throws SQLException {
        Connection session = cells.defaultCell().unpooled().getConnection();
        try (PreparedStatement statement = session.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
            statement.setInt(1, MOVE_RUNNING);
            statement.setString(2, tenant.schemaName());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    return Optional.of(session);
                }
            }
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.close();
        return Optional.empty();
    }

    @Scheduled(initialDelayString = "${kentra.tenancy.move-leftovers-initial-delay:5s}",
            fixedDelayString = "${kentra.tenancy.move-leftovers-interval:10m}")
    void scheduled() {
        sweep();
    }

    /** Drops every leftover copy it finds; the number dropped. A cell that cannot be reached is skipped. */
    int sweep() {
        int dropped = 0;
        for (String name : cells.names()) {
            DatabaseCell cell = cells.cell(name);
            List<String> schemas;
            try {
                schemas = cell.jdbc().queryForList(
                        "select nspname from pg_namespace where nspname like 't\\_%' order by nspname", String.class);
            } catch (RuntimeException e) {
                log.warn("Cell {} not swept for move leftovers: {}", name, e.toString());
                continue;
            }
            for (String schema : schemas) {
                Optional<TenantId> tenant = tenantOf(schema);
                if (tenant.isPresent() && dropIfLeftover(tenant.get(), cell)) {
                    dropped++;
                }
            }
        }
        return dropped;
    }

    private boolean dropIfLeftover(TenantId tenant, DatabaseCell cell) {
        if (!placedElsewhere(tenant, cell)) {
            return false;
        }
        try {
            Optional<Connection> lock = running(tenant);
            if (lock.isEmpty()) {
                return false; // a move runs: its target is not a leftover
            }
            try (Connection held = lock.get()) {
                // Asked again under the lock: a move that ended meanwhile may have placed the centre right here.
                if (!placedElsewhere(tenant, cell)) {
                    return false;
                }
                SchemaTransfer.dropSchema(cell, tenant);
                log.warn("Dropped the copy of tenant {} on {} that an interrupted move left there (it is served from {})",
                        tenant.value(), cell.name(), registry.cellOf(tenant).orElse("?"));
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not drop the move leftover of tenant {} on {}: {}", tenant.value(), cell.name(),
                    e.toString());
            return false;
        }
    }

    /** The registry places the tenant on another cell, and that cell holds its schema (so nothing is lost). */
    private boolean placedElsewhere(TenantId tenant, DatabaseCell cell) {
        Optional<TenantSchemaStatus> placed = registry.find(tenant);
        if (placed.isEmpty() || placed.get().cell().equals(cell.name()) || !cells.exists(placed.get().cell())) {
            return false;
        }
        try {
            return SchemaTransfer.schemaExists(cells.cell(placed.get().cell()), tenant);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The tenant whose schema this is ({@code t_nea_smyrni} is {@code nea-smyrni}: ids hold no underscore). */
    static Optional<TenantId> tenantOf(String schema) {
        if (!schema.startsWith("t_")) {
            return Optional.empty();
        }
        try {
            TenantId tenant = TenantId.of(schema.substring(2).replace('_', '-'));
            return tenant.schemaName().equals(schema) ? Optional.of(tenant) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
