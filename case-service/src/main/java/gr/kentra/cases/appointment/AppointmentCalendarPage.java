package gr.kentra.cases.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.openinghours.CentreHours;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListExport;
import gr.kentra.cases.web.Lists;
import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The centre's appointments as a week: a table of the days the centre opens (columns) by the hours it is open
 * (rows), each appointment in the hour it starts; an appointment outside the opening hours widens the grid rather
 * than disappearing. One staff member's diary or everyone's; the week as a file. Read through the service, which
 * audits every appointment listed.
 */
@Controller
@CentrePage
class AppointmentCalendarPage {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    /** When the centre has not set its hours yet: a public office's usual day. */
    private static final LocalTime USUAL_OPEN = LocalTime.of(8, 0);
    private static final LocalTime USUAL_CLOSE = LocalTime.of(16, 0);

    private final AppointmentService service;
    private final CentreHours hours;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;
    private final Lists lists;

    AppointmentCalendarPage(AppointmentService service, CentreHours hours, Beneficiaries beneficiaries,
            Allowed allowed, Lists lists) {
        this.service = service;
        this.hours = hours;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.lists = lists;
    }

    /** One day's column: its date, its hours (null when closed) and its appointments. */
    record Day(LocalDate date, CentreHours.Day hours, List<AppointmentView> appointments) {

        public boolean openAt(int hour) {
            return hours != null && hours.opens().getHour() <= hour && hours.closes().isAfter(LocalTime.of(hour, 0));
        }

        public List<AppointmentView> startingAt(int hour) {
            return appointments.stream().filter(a -> a.start().getHour() == hour).toList();
        }
    }

    @GetMapping("/t/{centre}/appointments")
    @Transactional
    String week(@PathVariable String centre, @RequestParam(required = false) String week,
            @RequestParam(required = false) String staff, HttpServletRequest request, Model model, Locale locale) {
        allowed.require("APPOINTMENT_READ");
        LocalDate monday = monday(week);
        List<AppointmentView> all = service.list(blankToNull(staff), monday, monday.plusDays(6));
        List<Day> days = new ArrayList<>();
        boolean anyHours = false;
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Optional<CentreHours.Day> open = hours.on(date.getDayOfWeek());
            anyHours |= open.isPresent();
            List<AppointmentView> those = all.stream().filter(a -> a.start().toLocalDate().equals(date)).toList();
            days.add(new Day(date, open.orElse(null), those));
        }
        if (!anyHours) {
            days.replaceAll(day -> day.date().getDayOfWeek().getValue() <= 5 ? new Day(day.date(),
                    new CentreHours.Day(day.date().getDayOfWeek(), USUAL_OPEN, USUAL_CLOSE, null, null),
                    day.appointments()) : day);
        }
        // The days shown: those the centre opens, and any other day that has an appointment.
        List<Day> shown = days.stream().filter(d -> d.hours() != null || !d.appointments().isEmpty()).toList();
        int first = shown.stream().mapToInt(d -> d.hours() == null ? 23 : d.hours().opens().getHour()).min().orElse(8);
        int last = shown.stream().mapToInt(d -> d.hours() == null ? 0 : closingHour(d.hours().closes()))
                .max().orElse(16);
        for (AppointmentView a : all) {
            first = Math.min(first, a.start().getHour());
            last = Math.max(last, a.start().getHour() + 1);
        }
        List<Integer> rows = new ArrayList<>();
        for (int hour = first; hour < last; hour++) {
            rows.add(hour);
        }
        model.addAttribute("days", shown);
        model.addAttribute("hours", rows);
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("staffFilter", blankToNull(staff));
        model.addAttribute("names", beneficiaries.displayNames(
                all.stream().map(AppointmentView::beneficiary).filter(Objects::nonNull).distinct().toList()));
        String path = request.getRequestURI();
        model.addAttribute("previousWeek", weekLink(path, monday.minusWeeks(1), staff));
        model.addAttribute("nextWeek", weekLink(path, monday.plusWeeks(1), staff));
        model.addAttribute("thisWeek", weekLink(path, monday(null), staff));
        model.addAttribute("csv", weekLink(path + "/export", monday, staff) + "&format=csv");
        model.addAttribute("xlsx", weekLink(path + "/export", monday, staff) + "&format=xlsx");
        model.addAttribute("count", all.size());
        return "pages/lists/appointments";
    }

    @GetMapping("/t/{centre}/appointments/export")
    @Transactional
    ResponseEntity<byte[]> export(@RequestParam(required = false) String week,
            @RequestParam(required = false) String staff, @RequestParam(required = false) String format,
            Locale locale) {
        allowed.require("APPOINTMENT_READ");
        ListExport.Format as = Lists.format(format);
        LocalDate monday = monday(week);
        List<AppointmentView> all = service.list(blankToNull(staff), monday, monday.plusDays(6));
        Map<UUID, String> names = beneficiaries.displayNames(
                all.stream().map(AppointmentView::beneficiary).filter(Objects::nonNull).distinct().toList());
        Map<String, String> statuses = lists.labels(AppointmentStatus.class, "appointmentStatus", locale);
        List<List<Cell>> rows = all.stream().map(a -> List.of(Cell.day(a.start().toLocalDate()),
                Cell.text(HOUR.format(a.start())), Cell.text(HOUR.format(a.end())), Cell.text(a.staff()),
                Cell.text(a.beneficiary() == null ? null : names.get(a.beneficiary())), Cell.text(a.purpose()),
                Cell.label(statuses.get(a.status().name())))).toList();
        List<String> headers = List.of(lists.text("page.lists.day", locale), lists.text("page.lists.starts", locale),
                lists.text("page.lists.ends", locale), lists.text("page.appointment.staff", locale),
                lists.text("page.household.name", locale), lists.text("page.appointment.purpose", locale),
                lists.text("page.request.status", locale));
        return ListExport.file(as, lists.text("page.lists.appointments.file", locale),
                lists.text("page.lists.appointments", locale), headers, rows);
    }

    private static int closingHour(LocalTime closes) {
        return closes.getMinute() == 0 ? closes.getHour() : closes.getHour() + 1;
    }

    /** The Monday of the week holding the day typed (dd/mm/yyyy or ISO); this week when none or not a day. */
    static LocalDate monday(String week) {
        LocalDate day = Lists.day(week);
        return (day == null ? LocalDate.now(ATHENS) : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String weekLink(String path, LocalDate monday, String staff) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("week", monday.toString());
        if (blankToNull(staff) != null) {
            uri.queryParam("staff", staff.strip());
        }
        return uri.build().encode().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
