package gr.kentra.cases.openinghours;

import java.time.Instant;
import java.util.List;

/** The week as GET returns it: open days only, Monday first. */
record OpeningHoursView(List<CentreHours.Day> days, Instant updatedAt, String updatedBy, Long version) {
}
