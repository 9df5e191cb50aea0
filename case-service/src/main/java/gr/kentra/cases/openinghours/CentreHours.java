package gr.kentra.cases.openinghours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask about the centre's opening hours (appointments check bookings against them). */
@Component
public class CentreHours {

    private final OpeningWeekRepository weeks;

    CentreHours(OpeningWeekRepository weeks) {
        this.weeks = weeks;
    }

    /** The hours of a weekday in the request's centre; empty when the centre is closed that day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Day> on(DayOfWeek day) {
        return weeks.findById(OpeningWeek.THE_WEEK).stream().flatMap(week -> week.hours().stream())
                .filter(hours -> hours.day() == day).findFirst();
    }

    /** The open days of the request's centre, Monday first: what a booking form tells the person booking. */
    @Transactional(readOnly = true)
    public java.util.List<Day> week() {
        return weeks.findById(OpeningWeek.THE_WEEK).stream().flatMap(week -> week.hours().stream())
                .sorted(java.util.Comparator.comparing(Day::day)).toList();
    }

    /** One open day; the walk-in window (both ends or neither) is for people without an appointment. */
    public record Day(DayOfWeek day, LocalTime opens, LocalTime closes, LocalTime walkInFrom, LocalTime walkInTo) {

        public boolean hasWalkIn() {
            return walkInFrom != null && walkInTo != null;
        }
    }
}
