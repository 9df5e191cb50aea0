package gr.kentra.cases.system.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;

import gr.kentra.cases.system.BirthDate;
import gr.kentra.cases.system.CaseworkDate;
import gr.kentra.cases.system.FollowUpDate;
import gr.kentra.commons.time.Athens;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The validators of {@link BirthDate}, {@link CaseworkDate} and {@link FollowUpDate}, for {@code LocalDate} and
 * {@code LocalDateTime}. "Today" is the centres' (Athens). Spring creates them with the configured
 * {@link CaseworkProperties}; anywhere else they use the defaults.
 */
public final class PlausibleDates {

    static final ZoneId CENTRE_ZONE = Athens.ZONE;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PlausibleDates() {
    }

    private static LocalDate dateOf(Temporal value) {
        return value instanceof LocalDateTime time ? time.toLocalDate() : (LocalDate) value;
    }

    private static LocalDate today() {
        return LocalDate.now(CENTRE_ZONE);
    }

    static boolean within(Temporal value, LocalDate from, LocalDate to) {
        if (value == null) {
            return true;
        }
        LocalDate date = dateOf(value);
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Common to the three: the configured range. */
    public abstract static class Bounded<A extends java.lang.annotation.Annotation>
            implements ConstraintValidator<A, Temporal> {

        final CaseworkProperties casework;

        Bounded(CaseworkProperties casework) {
            this.casework = casework;
        }
    }

    public static final class Birth extends Bounded<BirthDate> {

        public Birth() {
            super(CaseworkProperties.DEFAULTS);
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return within(value, EARLIEST_BIRTH, today());
        }
    }

    public static final class Casework extends Bounded<CaseworkDate> {

        public Casework() {
            this(CaseworkProperties.DEFAULTS);
        }

        @Autowired
        public Casework(CaseworkProperties casework) {
            super(casework);
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return within(value, casework.earliestDate(), today());
        }
    }

    public static final class FollowUp extends Bounded<FollowUpDate> {

        public FollowUp() {
            this(CaseworkProperties.DEFAULTS);
        }

        @Autowired
        public FollowUp(CaseworkProperties casework) {
            super(casework);
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return within(value, casework.earliestDate(), today().plusYears(casework.followUpYears()));
        }
    }
}
