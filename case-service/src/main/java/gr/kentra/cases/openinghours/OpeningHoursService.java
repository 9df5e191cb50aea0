package gr.kentra.cases.openinghours;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces the centre's week. Not personal data, so not audited. */
@Service
class OpeningHoursService {

    private final OpeningWeekRepository weeks;
    private final Clock clock = Clock.systemUTC();

    OpeningHoursService(OpeningWeekRepository weeks) {
        this.weeks = weeks;
    }

    @Transactional(readOnly = true)
    OpeningHoursView week() {
        return theWeek().view();
    }

    @Transactional
    OpeningHoursView replace(OpeningHoursRequest request) {
        OpeningWeek week = theWeek();
        RecordProblems.requireVersion(week.version(), request.version());
        check(request.days());
        week.replace(request.days().stream().map(d -> new OpeningDay(d.day(), d.opens(), d.closes(),
                d.walkInFrom(), d.walkInTo())).toList(), CurrentStaff.username(), clock.instant());
        return weeks.saveAndFlush(week).view();
    }

    @Transactional(readOnly = true)
    Long versionOf() {
        return weeks.findById(OpeningWeek.THE_WEEK).map(OpeningWeek::version).orElse(null);
    }

    private OpeningWeek theWeek() {
        // Seeded by the tenant changelog; a centre without it has a broken schema, not a user's mistake.
        return weeks.findById(OpeningWeek.THE_WEEK).orElseThrow(() -> new IllegalStateException("No opening hours"));
    }

    private static void check(List<OpeningHoursRequest.DayRequest> days) {
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            String at = "days[" + i + "].";
            if (!seen.add(day.day())) {
                throw new InvalidField(at + "day", "problem.hours.duplicateDay");
            }
            if (!day.closes().isAfter(day.opens())) {
                throw new InvalidField(at + "closes", "problem.hours.closesBeforeOpening");
            }
            if ((day.walkInFrom() == null) != (day.walkInTo() == null)) {
                throw new InvalidField(at + (day.walkInFrom() == null ? "walkInFrom" : "walkInTo"),
                        "problem.hours.walkInBothEnds");
            }
            if (day.walkInFrom() != null && (!day.walkInTo().isAfter(day.walkInFrom())
                    || day.walkInFrom().isBefore(day.opens()) || day.walkInTo().isAfter(day.closes()))) {
                throw new InvalidField(at + "walkInTo", "problem.hours.walkInOutside");
            }
        }
    }
}
