package gr.kentra.tenants.centre.details;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a weekly schedule, as one pure function so the API's validation, the service (after a partial
 * update merged new and stored hours) and the web form all apply the same ones: every slot ends after it
 * starts, slots of one list do not overlap, and every walk-in slot lies inside an opening slot of its day.
 */
public final class Schedules {

    /** A broken rule: the offending element (e.g. {@code walkInHours[1]}) and its message code. */
    public record Violation(String list, int index, String code) {
        String field() {
            return list + "[" + index + "]";
        }
    }

    static final String ENDS_BEFORE_START = "Schedule.endsBeforeStart";
    static final String OVERLAPS = "Schedule.overlaps";
    static final String WALK_IN_OUTSIDE = "Schedule.walkInOutsideOpening";

    private Schedules() {
    }

    /** Null lists are not checked (absent from a partial update); null slots are left to {@code @NotNull}. */
    public static List<Violation> violations(List<TimeSlot> opening, List<TimeSlot> walkIn) {
        List<Violation> violations = new ArrayList<>();
        check("openingHours", opening, violations);
        check("walkInHours", walkIn, violations);
        if (opening != null && walkIn != null) {
            for (int i = 0; i < walkIn.size(); i++) {
                TimeSlot slot = walkIn.get(i);
                if (complete(slot) && opening.stream().filter(Schedules::complete).noneMatch(slot::within)) {
                    violations.add(new Violation("walkInHours", i, WALK_IN_OUTSIDE));
                }
            }
        }
        return violations;
    }

    private static void check(String field, List<TimeSlot> slots, List<Violation> violations) {
        if (slots == null) {
            return;
        }
        for (int i = 0; i < slots.size(); i++) {
            TimeSlot slot = slots.get(i);
            if (!complete(slot)) {
                continue;
            }
            if (!slot.from().isBefore(slot.to())) {
                violations.add(new Violation(field, i, ENDS_BEFORE_START));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (complete(slots.get(j)) && slot.overlaps(slots.get(j))) {
                    violations.add(new Violation(field, i, OVERLAPS));
                    break;
                }
            }
        }
    }

    private static boolean complete(TimeSlot slot) {
        return slot != null && slot.day() != null && slot.from() != null && slot.to() != null;
    }
}
