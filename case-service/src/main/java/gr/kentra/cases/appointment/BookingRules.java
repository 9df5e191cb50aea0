package gr.kentra.cases.appointment;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

import gr.kentra.cases.openinghours.CentreHours;
import gr.kentra.cases.system.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Whether a slot may be booked at all: on the quarter-hour grid, 15 to 120 minutes, inside the centre's
 * opening hours and outside its walk-in window (walk-in hours serve people without an appointment).
 * Clashes with other bookings are the service's (and the database's) business.
 */
@Component
class BookingRules {

    static final int GRID_MINUTES = 15;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 120;

    private final CentreHours hours;

    BookingRules(CentreHours hours) {
        this.hours = hours;
    }

    void check(Slot slot) {
        if (!onGrid(slot.start())) {
            throw new InvalidField("start", "problem.appointment.grid");
        }
        if (!onGrid(slot.end())) {
            throw new InvalidField("end", "problem.appointment.grid");
        }
        long minutes = Duration.between(slot.start(), slot.end()).toMinutes();
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidField("end", "problem.appointment.duration");
        }
        if (slot.beneficiary() == null && slot.purpose() == null) {
            throw new InvalidField("purpose", "problem.appointment.walkInPurpose");
        }
        CentreHours.Day day = hours.on(slot.start().getDayOfWeek())
                .orElseThrow(() -> new InvalidField("start", "problem.appointment.closedDay"));
        LocalTime start = slot.start().toLocalTime();
        if (start.isBefore(day.opens())) {
            throw new InvalidField("start", "problem.appointment.outsideHours");
        }
        // A slot ending at midnight or later falls on the next day, which no opening hours reach.
        if (!slot.end().toLocalDate().equals(slot.start().toLocalDate())
                || slot.end().toLocalTime().isAfter(day.closes())) {
            throw new InvalidField("end", "problem.appointment.outsideHours");
        }
        if (day.hasWalkIn() && start.isBefore(day.walkInTo()) && slot.end().toLocalTime().isAfter(day.walkInFrom())) {
            throw new InvalidField("start", "problem.appointment.walkInHours");
        }
    }

    private static boolean onGrid(LocalDateTime time) {
        return time.getMinute() % GRID_MINUTES == 0 && time.getSecond() == 0 && time.getNano() == 0;
    }
}
