package gr.kentra.reporting.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks through every column of every table of reporting-service's schema for anything shaped like a direct
 * identifier: an AMKA-like 11-digit or AFM-like 9-digit number, a personal name from a list (Greek or Latin,
 * accents ignored), a date with a day, or a column whose type holds a day. Liquibase's own bookkeeping tables
 * are skipped: they describe the schema, not people.
 */
final class DirectIdentifierScanner {

    record Hit(String table, String reason, String value) {
    }

    /** Numbers and dates count only as whole tokens, so a 64-hex pseudonym or a UUID is never a hit. */
    private static final Pattern AMKA_LIKE = Pattern.compile("(?<![\\p{Alnum}])\\d{11}(?![\\p{Alnum}])");
    private static final Pattern AFM_LIKE = Pattern.compile("(?<![\\p{Alnum}])\\d{9}(?![\\p{Alnum}])");
    private static final Pattern DAY_DATE = Pattern.compile(
            "(?<![\\p{Alnum}])(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?![\\p{Alnum}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Common Greek first names and surnames, in capitals without accents, in both alphabets. */
    private static final Set<String> NAMES = Set.of(
            "ΜΑΡΙΑ", "ΕΛΕΝΗ", "ΑΙΚΑΤΕΡΙΝΗ", "ΒΑΣΙΛΙΚΗ", "ΣΟΦΙΑ", "ΑΓΓΕΛΙΚΗ", "ΔΕΣΠΟΙΝΑ", "ΓΕΩΡΓΙΑ",
            "ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΠΑΝΑΓΙΩΤΗΣ", "ΒΑΣΙΛΕΙΟΣ",
            "ΧΡΗΣΤΟΣ", "ΑΘΑΝΑΣΙΟΣ", "ΜΙΧΑΗΛ", "ΕΥΑΓΓΕΛΟΣ", "ΣΠΥΡΙΔΩΝ", "ΑΝΤΩΝΙΟΣ", "ΑΝΑΣΤΑΣΙΟΣ",
            "ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΠΑΠΑΓΕΩΡΓΙΟΥ", "ΟΙΚΟΝΟΜΟΥ", "ΠΑΠΑΔΑΚΗΣ", "ΒΑΣΙΛΕΙΟΥ",
            "ΓΕΩΡΓΙΟΥ", "ΝΙΚΟΛΑΟΥ", "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ", "ΙΩΑΝΝΙΔΗΣ", "ΚΑΡΑΓΙΑΝΝΗΣ", "ΠΑΠΠΑΣ",
            "MARIA", "ELENI", "AIKATERINI", "VASILIKI", "SOFIA", "AGGELIKI", "ANGELIKI", "DESPOINA", "GEORGIA",
            "GEORGIOS", "IOANNIS", "DIMITRIOS", "NIKOLAOS", "KONSTANTINOS", "PANAGIOTIS", "VASILEIOS",
            "CHRISTOS", "ATHANASIOS", "MICHAIL", "EVANGELOS", "SPYRIDON", "ANTONIOS", "ANASTASIOS",
            "PAPADOPOULOS", "PAPADOPOULOU", "PAPAGEORGIOU", "OIKONOMOU", "PAPADAKIS", "VASILEIOU", "GEORGIOU",
            "NIKOLAOU", "KONSTANTINIDIS", "IOANNIDIS", "KARAGIANNIS", "PAPPAS");

    /** Place names after a saint (Agios Dimitrios, Agia Paraskevi) are municipalities, not people. */
    private static final Set<String> SAINT = Set.of("ΑΓΙΟΣ", "ΑΓΙΑ", "ΑΓΙΟΙ", "ΑΓΙΩΝ", "AGIOS", "AGIA", "AGIOI",
            "AGION", "AG");

    private static final Set<String> DAY_TYPES = Set.of("date", "timestamp without time zone",
            "timestamp with time zone", "time without time zone", "time with time zone", "interval");

    private DirectIdentifierScanner() {
    }

    static List<Hit> scan(JdbcTemplate jdbc) {
        List<Hit> hits = new ArrayList<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not in ('databasechangelog', 'databasechangeloglock')
                order by table_name""", String.class);
        for (String table : tables) {
            jdbc.queryForList("""
                    select column_name || ' ' || data_type from information_schema.columns
                    where table_schema = current_schema() and table_name = ? and data_type = any(?)""",
                    String.class, table, DAY_TYPES.toArray(String[]::new))
                    .forEach(column -> hits.add(new Hit(table, "column type holds a day", column)));
            // A whole row as text covers every column, whatever its type.
            jdbc.query("select t::text from \"" + table.replace("\"", "") + "\" t",
                    row -> {
                        hits.addAll(scanValue(table, row.getString(1)));
                    });
        }
        return hits;
    }

    static List<Hit> scanValue(String table, String value) {
        List<Hit> hits = new ArrayList<>();
        if (value == null) {
            return hits;
        }
        find(AMKA_LIKE, "AMKA-like number", table, value, hits);
        find(AFM_LIKE, "AFM-like number", table, value, hits);
        find(DAY_DATE, "date with a day", table, value, hits);
        String previous = "";
        Matcher words = WORD.matcher(plainCapitals(value));
        while (words.find()) {
            String word = words.group();
            if (NAMES.contains(word) && !SAINT.contains(previous)) {
                hits.add(new Hit(table, "personal name", value));
            }
            previous = word;
        }
        return hits;
    }

    private static void find(Pattern pattern, String reason, String table, String value, List<Hit> hits) {
        if (pattern.matcher(value).find()) {
            hits.add(new Hit(table, reason, value));
        }
    }

    private static String plainCapitals(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toUpperCase(Locale.ROOT);
    }
}
