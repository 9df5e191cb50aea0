package gr.kentra.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.system.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final YearMonth NOW = YearMonth.of(2026, 5);

    private static PeriodChoice choose(String period, String year, String quarter, String month, String from,
            String to, String compare) {
        return PeriodChoice.of(new PeriodParams(period, year, quarter, month, from, to, compare), NOW);
    }

    private static Period period(String from, String to) {
        return new Period(YearMonth.parse(from), YearMonth.parse(to));
    }

    @Test
    void anEmptyPickerIsTheCurrentYearComparedWithTheOneBefore() {
        PeriodChoice choice = choose(null, null, null, null, null, null, null);
        assertThat(choice.period()).isEqualTo(period("2026-01", "2026-12"));
        assertThat(choice.comparison()).isEqualTo(period("2025-01", "2025-12"));
        assertThat(choice.trendBuckets()).hasSize(12).first().isEqualTo(period("2026-01", "2026-01"));
    }

    @Test
    void aQuarterIsComparedWithThePreviousQuarterOrTheSameQuarterAYearEarlier() {
        assertThat(choose("quarter", "2026", "1", null, null, null, "previous").comparison())
                .isEqualTo(period("2025-10", "2025-12"));
        assertThat(choose("quarter", "2026", "3", null, null, null, "lastYear").comparison())
                .isEqualTo(period("2025-07", "2025-09"));
        assertThat(choose("month", "2026", null, "1", null, null, null).comparison())
                .isEqualTo(period("2025-12", "2025-12"));
    }

    @Test
    void aQuarterOrMonthChosenWhileTheKindStillSaysYearIsWhatIsShown() {
        PeriodChoice quarter = choose("year", "2026", "2", null, null, null, null);
        assertThat(quarter.period()).isEqualTo(period("2026-04", "2026-06"));
        assertThat(quarter.query()).isEqualTo("period=quarter&year=2026&quarter=2&compare=previous");
        assertThat(choose("year", "2026", "", "3", null, null, null).period()).isEqualTo(period("2026-03", "2026-03"));
        assertThat(choose("year", "2026", "", "", null, null, null).period()).isEqualTo(period("2026-01", "2026-12"));
    }

    @Test
    void aRangeIsComparedWithTheRangeOfTheSameLengthJustBefore() {
        PeriodChoice choice = choose("range", null, null, null, "2026-02", "2026-06", null);
        assertThat(choice.comparison()).isEqualTo(period("2025-09", "2026-01"));
        assertThat(choice.query()).isEqualTo("period=range&from=2026-02&to=2026-06&compare=previous");
    }

    @Test
    void aLongRangeHasABarPerCalendarYearClippedToTheRange() {
        PeriodChoice choice = choose("range", null, null, null, "2021-07", "2029-12", null);
        assertThat(choice.monthlyTrend()).isFalse();
        assertThat(choice.trendBuckets()).hasSize(9).startsWith(period("2021-07", "2021-12"))
                .endsWith(period("2029-01", "2029-12"));
    }

    @Test
    void mistakesAreFieldErrors() {
        assertThatThrownBy(() -> choose("week", null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("period"));
        assertThatThrownBy(() -> choose("quarter", "2026", "5", null, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("quarter"));
        assertThatThrownBy(() -> choose("range", null, null, null, "2010-01", "2026-12", null))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("field.rangeTooLong"));
        assertThatThrownBy(() -> choose(null, null, null, null, null, null, "always"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
