package gr.kentra.cases.openinghours;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One open weekday: when the centre opens and closes, and its walk-in window (if it has one). */
@Embeddable
class OpeningDay {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek day;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    @Column(name = "walk_in_from")
    private LocalTime walkInFrom;

    @Column(name = "walk_in_to")
    private LocalTime walkInTo;

    protected OpeningDay() {
    }

    OpeningDay(DayOfWeek day, LocalTime opens, LocalTime closes, LocalTime walkInFrom, LocalTime walkInTo) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
        this.walkInFrom = walkInFrom;
        this.walkInTo = walkInTo;
    }

    DayOfWeek day() {
        return day;
    }

    CentreHours.Day hours() {
        return new CentreHours.Day(day, opens, closes, walkInFrom, walkInTo);
    }
}
