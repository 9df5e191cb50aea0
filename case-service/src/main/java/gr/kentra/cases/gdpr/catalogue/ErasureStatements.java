package gr.kentra.cases.gdpr.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The erasure's SQL, written from {@link PersonalDataCatalogue}: one update per table with columns to erase. */
public final class ErasureStatements {

    private ErasureStatements() {
    }

    public static List<String> all() {
        List<String> statements = new ArrayList<>();
        for (PersonalDataCatalogue.Table table : PersonalDataCatalogue.personal()) {
            if (table.erased().isEmpty()) {
                continue;
            }
            List<String> assignments = new ArrayList<>(table.onErasure());
            table.erased().forEach(c -> assignments.add(c.name() + " = " + c.erasedTo()));
            if (table.versioned()) {
                // An edit prepared before the erasure cannot write the text back.
                assignments.add("version = version + 1");
            }
            StringBuilder sql = new StringBuilder("update ").append(table.name()).append(" set ")
                    .append(String.join(", ", assignments)).append(" where (").append(table.link()).append(')');
            if (table.eraseOnly() != null) {
                sql.append(" and ").append(table.eraseOnly());
            }
            if (table.keptWhen() != null) {
                sql.append(" and not (").append(table.keptWhen()).append(')');
            }
            statements.add(sql.toString());
        }
        return statements;
    }

    /** For each table with rows kept whole by law: the ids of the person's such rows. */
    static String keptByLaw(PersonalDataCatalogue.Table table) {
        return "select cast(id as text) from " + table.name() + " where (" + table.link() + ") and ("
                + table.keptWhen() + ") order by id";
    }
}
