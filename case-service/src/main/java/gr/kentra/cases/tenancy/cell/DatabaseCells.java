package gr.kentra.cases.tenancy.cell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The database cells of this service, one Hikari pool per cell (never per tenant). The default cell is the
 * {@code spring.datasource} pool that Spring Boot built and migrates; every other cell gets a pool with the same
 * schema reset ({@value #PLATFORM_SCHEMA}) and, at startup, the platform changelog, which installs the
 * shared {@code extensions} schema that tenant tables call. Its {@code platform.tenant_schema} stays empty: the
 * placement registry lives on the default cell only.
 */
@Component
public class DatabaseCells implements DisposableBean {

    public static final String DEFAULT = "cell-1";
    /** The tenant-less schema every pooled connection returns to (the placement registry lives there). */
    public static final String PLATFORM_SCHEMA = "platform";

    private static final Logger log = LoggerFactory.getLogger(DatabaseCells.class);

    private final Map<String, DatabaseCell> cells = new LinkedHashMap<>();
    private final Map<String, HikariDataSource> ownPools = new LinkedHashMap<>();
    private final MeterRegistry meters;

    DatabaseCells(DataSource dataSource, DataSourceProperties defaultCell, CellsProperties properties,
            LiquibaseProperties liquibase, ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable();
        cells.put(DEFAULT, new DatabaseCell(DEFAULT, dataSource, defaultCell.determineUrl(),
                defaultCell.determineUsername(), defaultCell.determinePassword()));
        HikariDataSource defaults = dataSource instanceof HikariDataSource hikari ? hikari : null;
        try {
            properties.cells().forEach((name, cell) -> add(name, cell, defaults, liquibase));
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
    }

    public Set<String> names() {
        return cells.keySet();
    }

    public boolean exists(String name) {
        return cells.containsKey(name);
    }

    public DatabaseCell cell(String name) {
        DatabaseCell cell = cells.get(name);
        if (cell == null) {
            throw new IllegalStateException("Database cell " + name + " is not configured in kentra.cells");
        }
        return cell;
    }

    public DatabaseCell defaultCell() {
        return cells.get(DEFAULT);
    }

    private void add(String name, CellsProperties.Cell cell, HikariDataSource defaults, LiquibaseProperties liquibase) {
        HikariConfig config = new HikariConfig();
        int defaultPoolSize = defaults != null ? defaults.getMaximumPoolSize() : 10;
        if (defaults != null) {
            // A cell that cannot be reached must answer its centres as promptly as the default cell does (a 503
            // after spring.datasource.hikari.connection-timeout), not after Hikari's own 30 s.
            config.setConnectionTimeout(defaults.getConnectionTimeout());
            config.setValidationTimeout(defaults.getValidationTimeout());
        }
        config.setPoolName("cell-pool-" + name);
        config.setJdbcUrl(cell.url());
        config.setUsername(cell.username());
        config.setPassword(cell.password());
        config.setMaximumPoolSize(cell.maximumPoolSize() == null ? defaultPoolSize : cell.maximumPoolSize());
        // Hikari restores the schema on return only when this is set; Hibernate changes it for each tenant.
        config.setSchema(PLATFORM_SCHEMA);
        if (meters != null) {
            // Boot instruments only DataSource beans; these pools show as hikaricp_* with pool=cell-pool-<name>.
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        }
        DatabaseCell added = new DatabaseCell(name, pool(name, config), cell.url(), cell.username(), cell.password());
        preparePlatformSchema(added, liquibase);
        cells.put(name, added);
        log.info("Database cell {} ready", name);
    }

    private HikariDataSource pool(String name, HikariConfig config) {
        HikariDataSource pool = new HikariDataSource(config);
        ownPools.put(name, pool);
        return pool;
    }

    /** The same changelog and schemas as Spring Boot's run on the default cell ({@code spring.liquibase.*}). */
    private static void preparePlatformSchema(DatabaseCell cell, LiquibaseProperties properties) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(cell.unpooled());
        liquibase.setResourceLoader(new DefaultResourceLoader(DatabaseCells.class.getClassLoader()));
        liquibase.setChangeLog(properties.getChangeLog());
        liquibase.setDefaultSchema(properties.getDefaultSchema());
        liquibase.setLiquibaseSchema(properties.getLiquibaseSchema());
        try {
            liquibase.afterPropertiesSet();
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Could not prepare the platform schema of cell " + cell.name(), e);
        }
    }

    @Override
    public void destroy() {
        ownPools.values().forEach(HikariDataSource::close);
        ownPools.clear();
    }
}
