package gr.kentra.cases.tenancy.cell;

import java.sql.Connection;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One PostgreSQL database holding some centres' schemas: its shared pool (schema reset to {@code platform} on
 * return), and what plain JDBC work on that database needs. Liquibase gets a fresh non-pooled connection each
 * time, so its schema and locks never leak into the pool.
 */
public final class DatabaseCell {

    private final String name;
    private final DataSource pool;
    private final String url;
    private final String username;
    private final String password;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DatabaseCell(String name, DataSource pool, String url, String username, String password) {
        this.name = name;
        this.pool = pool;
        this.url = url;
        this.username = username;
        this.password = password;
        this.jdbc = new JdbcTemplate(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    public String name() {
        return name;
    }

    public DataSource pool() {
        return pool;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Local transactions on this cell's pool, in which {@link #jdbc()} takes part. */
    public TransactionTemplate transactions() {
        return transactions;
    }

    /** Takes the connection out of this cell's pool for good, whatever session state it carries. */
    public void evict(Connection connection) {
        if (pool instanceof HikariDataSource hikari) {
            hikari.evictConnection(connection);
        }
    }

    public DriverManagerDataSource unpooled() {
        return new DriverManagerDataSource(url, username, password);
    }
}
