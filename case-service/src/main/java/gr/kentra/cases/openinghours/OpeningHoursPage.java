package gr.kentra.cases.openinghours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The centre's opening and walk-in hours, day by day: everyone who keeps the diary reads them, the coordinator
 * changes them (the API's rules: closing after opening, walk-in hours inside the day and with both ends). Fields
 * are named {@code MONDAY.opens} …; a day not ticked as open is closed.
 */
@Controller
@CentrePage
class OpeningHoursPage {

    private static final List<String> PARTS = List.of("opens", "closes", "walkInFrom", "walkInTo");

    private final OpeningHoursService service;
    private final Allowed allowed;
    private final MessageSource messages;

    OpeningHoursPage(OpeningHoursService service, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.allowed = allowed;
        this.messages = messages;
    }

    @GetMapping("/t/{centre}/opening-hours")
    String show(Model model) {
        allowed.require("OPENING_HOURS_READ");
        OpeningHoursView week = service.week();
        Map<String, String> form = new HashMap<>();
        for (CentreHours.Day day : week.days()) {
            form.put(day.day() + ".open", "true");
            form.put(day.day() + ".opens", time(day.opens()));
            form.put(day.day() + ".closes", time(day.closes()));
            form.put(day.day() + ".walkInFrom", time(day.walkInFrom()));
            form.put(day.day() + ".walkInTo", time(day.walkInTo()));
        }
        form.put("version", String.valueOf(week.version()));
        return page(model, form, Map.of(), week, false);
    }

    @PostMapping("/t/{centre}/opening-hours")
    String change(@PathVariable String centre, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("OPENING_HOURS_WRITE");
        Map<String, String> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> typed.put(name, values.length > 0 ? values[0] : null));
        Map<String, String> errors = new LinkedHashMap<>();
        List<OpeningHoursRequest.DayRequest> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!"true".equals(typed.get(day + ".open"))) {
                continue;
            }
            LocalTime[] times = new LocalTime[PARTS.size()];
            for (int i = 0; i < PARTS.size(); i++) {
                String name = day + "." + PARTS.get(i);
                String value = typed.get(name);
                try {
                    times[i] = value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
                } catch (DateTimeParseException e) {
                    errors.put(name, text("page.hours.badTime", locale));
                }
                if (i < 2 && times[i] == null && !errors.containsKey(name)) {
                    errors.put(name, text("page.hours.required", locale));
                }
            }
            if (times[0] != null && times[1] != null) {
                days.add(new OpeningHoursRequest.DayRequest(day, times[0], times[1], times[2], times[3]));
            }
        }
        Long version = parseVersion(typed.get("version"));
        if (errors.isEmpty()) {
            try {
                service.replace(new OpeningHoursRequest(days, version));
                return "redirect:/t/" + centre + "/opening-hours?saved";
            } catch (InvalidField e) {
                errors.put(fieldOf(e.field(), days), messages.getMessage(e.messageCode(), null, locale));
            } catch (ErrorResponseException stale) {
                errors.put("version", text("page.hours.stale", locale));
                typed.put("version", String.valueOf(service.versionOf()));
            }
        }
        response.setStatus(422);
        return page(model, typed, errors, service.week(), false);
    }

    private String page(Model model, Map<String, String> form, Map<String, String> errors, OpeningHoursView week,
            boolean saved) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("parts", PARTS);
        model.addAttribute("week", week);
        model.addAttribute("updatedAt", week.updatedAt() == null ? null
                : week.updatedAt().atZone(Athens.ZONE).toLocalDateTime());
        model.addAttribute("labels", Map.of());
        return "pages/coordinator/opening-hours";
    }

    /** {@code days[2].closes} → {@code WEDNESDAY.closes}, the page's name of that field. */
    private static String fieldOf(String apiField, List<OpeningHoursRequest.DayRequest> days) {
        var matcher = java.util.regex.Pattern.compile("days\\[(\\d+)]\\.(\\w+)").matcher(apiField);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < days.size()) {
                return days.get(index).day() + "." + matcher.group(2);
            }
        }
        return apiField;
    }

    private static Long parseVersion(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String time(LocalTime time) {
        return time == null ? "" : time.toString();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
