package gr.kentra.reporting.indicator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.system.InvalidRequestException.FieldProblem;
import gr.kentra.reporting.system.InvalidRequestException;

/**
 * {@code GET /reports/api/esf?programme=&region=&operation=[&from=&to=]}, checked. Without a period, the
 * programme's eligibility period is used (2014-2020 ran to the end of 2023; 2021-2027 runs to the end of
 * 2029). Facts carry no programme: the operation code (MIS) is what separates them.
 */
public record EsfRequest(String programme, String region, String operation, Period period) {

    public static EsfRequest parse(String programme, String region, String operation, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (programme == null) {
            problems.add(new FieldProblem("programme", "field.required"));
        } else if (!IndicatorCatalogue.ESF_PROGRAMMES.contains(programme)) {
            problems.add(new FieldProblem("programme", "field.programme"));
        }
        if (region != null && !Vocabulary.SLUG.matcher(region).matches()) {
            problems.add(new FieldProblem("region", "field.format"));
        }
        if (operation != null && !Vocabulary.OPERATION.matcher(operation).matches()) {
            problems.add(new FieldProblem("operation", "field.format"));
        }
        if ((from == null) != (to == null)) {
            problems.add(new FieldProblem(from == null ? "from" : "to", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Period period = from != null ? Period.parse(from, to, "from", "to") : eligibility(programme);
        return new EsfRequest(programme, region, operation, period);
    }

    /** The ESF programme periods a request may name. */
    public static List<String> programmes() {
        return IndicatorCatalogue.ESF_PROGRAMMES;
    }

    public EsfRequest inRegion(String code) {
        return new EsfRequest(programme, code, operation, period);
    }

    private static Period eligibility(String programme) {
        return programme.equals("2014-2020") ? new Period(YearMonth.of(2014, 1), YearMonth.of(2023, 12))
                : new Period(YearMonth.of(2021, 1), YearMonth.of(2029, 12));
    }

    @Override
    public String toString() {
        return "esf:" + programme + (region == null ? "" : " region:" + region)
                + (operation == null ? "" : " operation:" + operation);
    }
}
