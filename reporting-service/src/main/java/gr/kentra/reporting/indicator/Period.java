package gr.kentra.reporting.indicator;

import java.time.YearMonth;
import java.util.List;

import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.system.InvalidRequestException.FieldProblem;
import gr.kentra.reporting.system.InvalidRequestException;

/** A run of whole months, both ends included; months are {@code YYYY-MM}, as in the facts. */
public record Period(YearMonth from, YearMonth to) {

    public String fromText() {
        return from.toString();
    }

    public String toText() {
        return to.toString();
    }

    /** A calendar month, quarter or year: the periods whose distinct persons are pre-computed. */
    public boolean standard() {
        if (from.getYear() != to.getYear()) {
            return false;
        }
        int first = from.getMonthValue();
        int last = to.getMonthValue();
        return first == last || (first % 3 == 1 && last == first + 2) || (first == 1 && last == 12);
    }

    /** From a January to a December: the yearly pre-aggregates answer it. */
    public boolean wholeYears() {
        return from.getMonthValue() == 1 && to.getMonthValue() == 12;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }

    /** Parses a period from request parameters, naming the parameters in the field errors. */
    public static Period parse(String from, String to, String fromName, String toName) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        YearMonth start = month(from, fromName, problems);
        YearMonth end = month(to, toName, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new FieldProblem(fromName, "field.fromAfterTo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Period(start, end);
    }

    private static YearMonth month(String value, String name, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(name, "field.required"));
            return null;
        }
        if (!Vocabulary.MONTH.matcher(value).matches()) {
            problems.add(new FieldProblem(name, "field.month"));
            return null;
        }
        return YearMonth.parse(value);
    }
}
