package gr.kentra.tenants.centre.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.ProgrammePeriods;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;

/**
 * Plausible registry details for a generated centre, derived from its region and number so that every run
 * makes the same ones: funded by its region's 2021-2027 programme, open on weekdays with walk-in mornings,
 * a few branches and mobile units (the latter in island and mountain regions), two to five staff. The contact
 * details use the reserved {@code .invalid} domain and a 000 exchange so nobody real is ever reached.
 */
final class GeneratedDetails {

    private static final Set<Region> REMOTE = EnumSet.of(Region.NORTH_AEGEAN, Region.SOUTH_AEGEAN,
            Region.IONIAN_ISLANDS, Region.EPIRUS, Region.WESTERN_MACEDONIA, Region.CRETE);

    private GeneratedDetails() {
    }

    static CentreDetails of(CentreGenerator.GeneratedCentre centre) {
        int n = centre.number();
        int seed = centre.region().ordinal() * 100 + n;
        Set<Branch> branches = EnumSet.noneOf(Branch.class);
        if (seed % 6 == 0) {
            branches.add(Branch.ROMA);
        }
        if (seed % 5 == 0) {
            branches.add(Branch.MIGRANTS);
        }
        Map<StaffRole, Integer> staff = new EnumMap<>(StaffRole.class);
        staff.put(StaffRole.SOCIAL_WORKER, 1 + seed % 3);
        staff.put(StaffRole.PSYCHOLOGIST, 1);
        if (seed % 2 == 0) {
            staff.put(StaffRole.ADMIN_STAFF, 1);
        }
        return new CentreDetails(null, "Περιφερειακό Πρόγραμμα «" + centre.region().nameEl() + " 2021-2027»", "4",
                "Μια πιο κοινωνική Ευρώπη (δοκιμαστικά στοιχεία)",
                List.of(new EsfOperation(ProgrammePeriods.CURRENT, String.valueOf(6_900_000 + seed))),
                "Δοκιμαστική οδός " + n + ", " + centre.municipality(), String.format("2000000%03d", seed % 1000),
                centre.id() + "@kentra.invalid", week(LocalTime.of(8, 0), LocalTime.of(16, 0), DayOfWeek.FRIDAY),
                week(LocalTime.of(9, 0), LocalTime.of(13, 0), DayOfWeek.THURSDAY), branches,
                REMOTE.contains(centre.region()) && n % 2 == 1, staff,
                String.format("%d-%02d", 2017 + seed % 3, 1 + seed % 12));
    }

    private static List<TimeSlot> week(LocalTime from, LocalTime to, DayOfWeek last) {
        List<TimeSlot> slots = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day.compareTo(last) <= 0; day = day.plus(1)) {
            slots.add(new TimeSlot(day, from, to));
        }
        return slots;
    }
}
