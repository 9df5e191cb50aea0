package gr.kentra.cases.system.dates;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plausible range of casework dates: nothing before {@code earliestDate} (the start of the ESF programme
 * periods the centres report to), follow-ups at most {@code followUpYears} ahead. A date outside it is a typo, and
 * one that reached the indicators would give a month reporting refuses.
 */
@Validated
@ConfigurationProperties("kentra.casework")
public record CaseworkProperties(@NotNull @DefaultValue("2014-01-01") LocalDate earliestDate,
        @Min(1) @DefaultValue("5") int followUpYears) {

    static final CaseworkProperties DEFAULTS = new CaseworkProperties(LocalDate.of(2014, 1, 1), 5);
}
