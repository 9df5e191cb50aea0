package gr.kentra.tenants.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import gr.kentra.tenants.centre.registry.CentreChanges;
import gr.kentra.tenants.centre.registry.OnboardCentre;

/**
 * Turns a posted {@link CentreForm} into the API's request, skipping blank rows. What cannot even be read (a
 * time that is not a time, a headcount that is not a number) is kept as a form error (field → message code);
 * the request's own validation errors name request paths ({@code walkInHours[1]}), which {@link #formField}
 * maps back to the form row they came from.
 */
final class FormRequests {

    private static final Pattern INDEXED = Pattern.compile("^(openingHours|walkInHours|operations)\\[(\\d+)](.*)$");

    private final CentreForm form;
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private final List<Integer> openingRows = new ArrayList<>();
    private final List<Integer> walkInRows = new ArrayList<>();
    private final List<Integer> operationRows = new ArrayList<>();

    FormRequests(CentreForm form) {
        this.form = form;
    }

    /** Form fields that could not be read, with the message code saying why. */
    Map<String, String> unreadable() {
        return unreadable;
    }

    OnboardCentre onboard() {
        return new OnboardCentre(text(form.getId()), text(form.getNameEl()), text(form.getNameEn()),
                text(form.getMunicipality()), text(form.getRegion()), text(form.getProgrammeCode()),
                text(form.getProgrammeName()), text(form.getPriorityAxisCode()), text(form.getPriorityAxisName()),
                operations(), null, null, text(form.getAddress()), text(form.getPhone()), text(form.getEmail()),
                slots("opening", form.getOpening(), openingRows), slots("walkIn", form.getWalkIn(), walkInRows),
                form.getBranches(), mobileUnit(), staff(), text(form.getOperatingSince()), text(form.getCell()));
    }

    /** Every field is sent, blank ones as "" so that clearing a field in the form clears it in the registry. */
    CentreChanges changes() {
        return new CentreChanges(form.getNameEl(), form.getNameEn(), form.getMunicipality(),
                cleared(form.getProgrammeCode()), cleared(form.getProgrammeName()),
                cleared(form.getPriorityAxisCode()), cleared(form.getPriorityAxisName()), operations(), null, null,
                cleared(form.getAddress()), cleared(form.getPhone()), cleared(form.getEmail()),
                slots("opening", form.getOpening(), openingRows), slots("walkIn", form.getWalkIn(), walkInRows),
                form.getBranches(), mobileUnit(), staff(), cleared(form.getOperatingSince()), null,
                form.getVersion());
    }

    /** The form field a request path's error belongs to: {@code walkInHours[1]} → {@code walkIn[3]}. */
    String formField(String requestPath) {
        Matcher indexed = INDEXED.matcher(requestPath);
        if (!indexed.matches()) {
            return requestPath;
        }
        int index = Integer.parseInt(indexed.group(2));
        return switch (indexed.group(1)) {
            case "openingHours" -> "opening[" + row(openingRows, index) + "]";
            case "walkInHours" -> "walkIn[" + row(walkInRows, index) + "]";
            default -> "operations[" + row(operationRows, index) + "]" + indexed.group(3);
        };
    }

    private static int row(List<Integer> rows, int index) {
        return index < rows.size() ? rows.get(index) : index;
    }

    private List<EsfOperation> operations() {
        List<EsfOperation> operations = new ArrayList<>();
        operationRows.clear();
        for (int i = 0; i < form.getOperations().size(); i++) {
            CentreForm.OperationRow row = form.getOperations().get(i);
            if (!CentreForm.isBlank(row.getMisCode())) {
                operations.add(new EsfOperation(text(row.getProgrammePeriod()), row.getMisCode().strip()));
                operationRows.add(i);
            }
        }
        return operations;
    }

    private List<TimeSlot> slots(String name, List<CentreForm.SlotRow> rows, List<Integer> kept) {
        List<TimeSlot> slots = new ArrayList<>();
        kept.clear();
        for (int i = 0; i < rows.size(); i++) {
            CentreForm.SlotRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            DayOfWeek day = day(row.getDay());
            LocalTime from = time(name + "[" + i + "].from", row.getFrom());
            LocalTime to = time(name + "[" + i + "].to", row.getTo());
            if (day != null && from != null && to != null) {
                slots.add(new TimeSlot(day, from, to));
                kept.add(i);
            }
        }
        return slots;
    }

    private LocalTime time(String field, String text) {
        if (CentreForm.isBlank(text)) {
            unreadable.put(field, "NotNull");
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            unreadable.put(field, "page.error.time");
            return null;
        }
    }

    private static DayOfWeek day(String text) {
        try {
            return DayOfWeek.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private Boolean mobileUnit() {
        return CentreForm.isBlank(form.getMobileUnit()) ? null : Boolean.valueOf(form.getMobileUnit());
    }

    private Map<StaffRole, Integer> staff() {
        Map<StaffRole, Integer> staff = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            String count = form.getStaff().get(role.name());
            if (CentreForm.isBlank(count)) {
                continue;
            }
            try {
                staff.put(role, Integer.valueOf(count.strip()));
            } catch (NumberFormatException e) {
                unreadable.put("staff[" + role.name() + "]", "page.error.number");
            }
        }
        return staff;
    }

    private static String text(String value) {
        return CentreForm.isBlank(value) ? null : value.strip();
    }

    private static String cleared(String value) {
        return value == null ? "" : value;
    }
}
