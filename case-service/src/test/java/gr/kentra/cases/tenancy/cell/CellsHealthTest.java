package gr.kentra.cases.tenancy.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import gr.kentra.launcher.testing.TestPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CellsHealthTest {

    private final DataSource reachable = new DriverManagerDataSource(TestPostgres.database("cases_cells_health"),
            TestPostgres.username(), TestPostgres.password());
    /** Nothing listens on port 1. */
    private final DataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/nothing",
            "nobody", "nothing");

    @Test
    void staysUpWhenAnotherCellThanTheDefaultIsUnreachableButNamesIt() {
        Health health = CellsHealth.of(pools(reachable, unreachable), "cell-1");

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(status(health, "cell-1")).isEqualTo("UP");
        assertThat(status(health, "cell-2")).isEqualTo("DOWN");
    }

    @Test
    void isDownWhenTheDefaultCellHoldingThePlacementRegistryIsUnreachable() {
        Health health = CellsHealth.of(pools(unreachable, reachable), "cell-1");

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(status(health, "cell-1")).isEqualTo("DOWN");
        assertThat(status(health, "cell-2")).isEqualTo("UP");
    }

    private static Map<String, DataSource> pools(DataSource one, DataSource two) {
        Map<String, DataSource> pools = new LinkedHashMap<>();
        pools.put("cell-1", one);
        pools.put("cell-2", two);
        return pools;
    }

    @SuppressWarnings("unchecked")
    private static Object status(Health health, String cell) {
        return ((Map<String, Object>) health.getDetails().get(cell)).get("status");
    }
}
