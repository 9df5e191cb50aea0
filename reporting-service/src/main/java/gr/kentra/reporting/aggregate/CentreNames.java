package gr.kentra.reporting.aggregate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The centres' display names, as tenant-service's registry gives them and case-service relays them with the
 * facts (reporting has no other tie to the registry). Read for every report's rows, so kept in memory and read
 * again from the table at most every {@link #FRESH} (another instance may have received a rename).
 */
@Component
public class CentreNames {

    static final Duration FRESH = Duration.ofSeconds(30);

    /** A centre's names; {@code en} may be null. */
    public record Name(String el, String en) {
    }

    private record Snapshot(Map<String, Name> names, long readAt) {
    }

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    CentreNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds or renames centres; a name equal to the stored one writes nothing. */
    public void save(Map<String, Name> names) {
        Map<String, Name> known = names();
        names.forEach((tenant, name) -> {
            if (!name.equals(known.get(tenant))) {
                jdbc.update("""
                        insert into centre_name (tenant_id, name_el, name_en) values (?, ?, ?)
                        on conflict (tenant_id) do update set name_el = excluded.name_el, name_en = excluded.name_en""",
                        tenant, name.el(), name.en());
                snapshot = null;
            }
        });
    }

    /** Reads the table again at the next use, as after it was emptied by hand (the tests' fresh store). */
    public void reload() {
        snapshot = null;
    }

    /** The centre's name in the reader's language (Greek when there is no English one), else its slug. */
    public String of(String tenant, Locale locale) {
        Name name = names().get(tenant);
        if (name == null) {
            return tenant;
        }
        return "en".equals(locale.getLanguage()) && name.en() != null && !name.en().isBlank() ? name.en() : name.el();
    }

    private Map<String, Name> names() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > FRESH.toNanos()) {
            Map<String, Name> names = new HashMap<>();
            jdbc.query("select tenant_id, name_el, name_en from centre_name",
                    row -> {
                        names.put(row.getString(1), new Name(row.getString(2), row.getString(3)));
                    });
            current = new Snapshot(Map.copyOf(names), System.nanoTime());
            snapshot = current;
        }
        return current.names();
    }
}
