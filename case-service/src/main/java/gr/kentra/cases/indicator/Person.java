package gr.kentra.cases.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import gr.kentra.commons.facts.AgeBand;

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

    /** The contract's age band (the ESF indicators' bands) at the first day of the month. */
    String ageBand(YearMonth month) {
        return AgeBand.of(dateOfBirth, month).code();
    }
}
