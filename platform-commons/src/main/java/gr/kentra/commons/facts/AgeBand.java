package gr.kentra.commons.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The age bands the ESF indicators need (below 18, below 25, 18-29, above 54, 55+): a fact carries the band's
 * code, never a date of birth. The codes are the wire values.
 */
public enum AgeBand {
    UNDER_18("0-17", 18),
    FROM_18_TO_24("18-24", 25),
    FROM_25_TO_29("25-29", 30),
    FROM_30_TO_54("30-54", 55),
    FROM_55_TO_64("55-64", 65),
    FROM_65("65+", Integer.MAX_VALUE),
    UNKNOWN("UNKNOWN", 0);

    private final String code;
    /** The first age past the band. */
    private final int below;

    AgeBand(String code, int below) {
        this.code = code;
        this.below = below;
    }

    public String code() {
        return code;
    }

    /** The band of someone born on {@code dateOfBirth} (null when unknown), at the first day of {@code month}. */
    public static AgeBand of(LocalDate dateOfBirth, YearMonth month) {
        if (dateOfBirth == null) {
            return UNKNOWN;
        }
        int age = Period.between(dateOfBirth, month.atDay(1)).getYears();
        return Arrays.stream(values()).filter(band -> band != UNKNOWN && age < band.below).findFirst()
                .orElseThrow();
    }

    /** Every band's code, in order: the closed vocabulary. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(AgeBand::code).toList();
    }
}
