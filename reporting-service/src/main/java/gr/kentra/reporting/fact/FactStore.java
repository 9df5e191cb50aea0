package gr.kentra.reporting.fact;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes facts. Receipt is idempotent: a fact id stored before is skipped, never stored twice. */
@Repository
class FactStore {

    private static final String INSERT = """
            insert into indicator_fact (fact_id, tenant_id, region_code, operation_code, period_month, fact_type,
                person_pseudonym, category, outcome, quantity, gender, age_band, employment_status, isced_level, flags,
                sign, pseudonym_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (fact_id) do nothing""";

    private final JdbcTemplate jdbc;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the facts not seen before and returns their ids. */
    List<UUID> insertNew(List<ValidFact> facts) {
        int[][] counts = jdbc.batchUpdate(INSERT, facts, 500, (statement, fact) -> {
            statement.setObject(1, fact.id());
            statement.setString(2, fact.tenant());
            statement.setString(3, fact.region());
            statement.setString(4, fact.operation());
            statement.setString(5, fact.month());
            statement.setString(6, fact.type().name());
            statement.setString(7, fact.pseudonym());
            statement.setString(8, fact.category());
            statement.setString(9, fact.outcome());
            statement.setInt(10, fact.quantity());
            statement.setString(11, fact.gender());
            statement.setString(12, fact.ageBand());
            statement.setString(13, fact.employmentStatus());
            if (fact.iscedLevel() == null) {
                statement.setNull(14, Types.SMALLINT);
            } else {
                statement.setInt(14, fact.iscedLevel());
            }
            statement.setInt(15, fact.flags());
            statement.setInt(16, fact.sign());
            statement.setString(17, fact.pseudonymKey());
        });
        List<UUID> inserted = new ArrayList<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count > 0) {
                    inserted.add(facts.get(index).id());
                }
                index++;
            }
        }
        return inserted;
    }
}
