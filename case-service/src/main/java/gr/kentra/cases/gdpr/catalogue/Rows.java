package gr.kentra.cases.gdpr.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Tuple;

/**
 * Reads columns of native query rows. The export and the retention list read other features' tables in SQL
 * (their entities are theirs, package-private); the driver's and Hibernate's choice of Java type for a date or a
 * timestamp is taken as it comes and converted here.
 */
public final class Rows {

    private Rows() {
    }

    public static String text(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    public static UUID uuid(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static Integer integer(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    static Long whole(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    static boolean flag(Tuple row, String column) {
        return Boolean.TRUE.equals(row.get(column));
    }

    public static LocalDate date(Tuple row, String column) {
        return switch (row.get(column)) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            case Object other -> LocalDate.parse(other.toString());
        };
    }

    static LocalDateTime dateTime(Tuple row, String column) {
        return switch (row.get(column)) {
            case null -> null;
            case LocalDateTime dateTime -> dateTime;
            case Timestamp timestamp -> timestamp.toLocalDateTime();
            case Object other -> LocalDateTime.parse(other.toString().replace(' ', 'T'));
        };
    }

    public static Instant instant(Tuple row, String column) {
        return switch (row.get(column)) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case Object other -> OffsetDateTime.parse(other.toString()).toInstant();
        };
    }

    /** A value as the export's JSON shows it: dates and instants as such, ids and the rest as text. */
    static Object json(Tuple row, String column) {
        return switch (row.get(column)) {
            case null -> null;
            case Number number -> number;
            case Boolean flag -> flag;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            case LocalDateTime dateTime -> dateTime;
            case Object other -> other.toString();
        };
    }

    /** A comma-separated column (e.g. the needs of an assessment, the fields of an audit line) as a list. */
    static List<String> list(Tuple row, String column) {
        String value = text(row, column);
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }
}
