package gr.kentra.tenants.centre.registry;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills {@code search_text} for rows written before the column existed (the seeds, earlier generated centres):
 * the folding is Java's ({@link SearchText}), so a changeset cannot do it. Rows written since keep it current.
 */
@Component
@Order(0)
class SearchTextBackfill implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    SearchTextBackfill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Object[]> rows = jdbc.query("select id, name_el, name_en, municipality from centre where search_text is null",
                (row, n) -> new Object[] {SearchText.of(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4)), row.getString(1)});
        jdbc.batchUpdate("update centre set search_text = ? where id = ?", rows);
    }
}
