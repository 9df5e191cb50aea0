package gr.kentra.cases.indicator;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

/**
 * What the facts may say about a person: coded attributes and a pseudonym (with the id of the key that made it),
 * never an identifier.
 */
record Person(String pseudonym, String gender, LocalDate dateOfBirth, String employmentStatus,
        Integer iscedLevel, List<String> flags, String pseudonymKey) {

    Person(String pseudonym, String gender, LocalDate dateOfBirth, String employmentStatus, Integer iscedLevel,
            List<String> flags) {
        this(pseudonym, gender, dateOfBirth, employmentStatus, iscedLevel, flags, Pseudonyms.TEST_KEY_ID);
    }

    /** Age bands that the ESF indicators need (below 18, below 25, 18-29, above 54, 55+). */
    String ageBand(YearMonth month) {
        if (dateOfBirth == null) {
            return "UNKNOWN";
        }
        int age = Period.between(dateOfBirth, month.atDay(1)).getYears();
        if (age < 18) {
            return "0-17";
        } else if (age < 25) {
            return "18-24";
        } else if (age < 30) {
            return "25-29";
        } else if (age < 55) {
            return "30-54";
        } else if (age < 65) {
            return "55-64";
        }
        return "65+";
    }
}
