package gr.kentra.cases.appointment;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.openinghours.CentreHours;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Appointments on the pages: my appointments today (home), a person's latest appointments (the card), and a
 * booking from the card, refused for the API's reasons (opening hours, walk-in hours, double booking) at the
 * fields concerned.
 */
@Controller
@CentrePage
class AppointmentPages {

    static final List<String> FIELDS = List.of("date", "start", "end", "staff", "purpose");
    private static final ZoneId ATHENS = Athens.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AppointmentService service;
    private final Beneficiaries beneficiaries;
    private final CentreHours hours;
    private final Allowed allowed;
    private final MessageSource messages;

    AppointmentPages(AppointmentService service, Beneficiaries beneficiaries, CentreHours hours, Allowed allowed,
            MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.hours = hours;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("booking")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
        binder.registerCustomEditor(LocalTime.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                try {
                    setValue(LocalTime.parse(text.strip().replace('.', ':'), TIME));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a time: hh:mm");
                }
            }
        });
    }

    @GetMapping("/t/{centre}/appointments/today")
    String today(Model model) {
        allowed.require("APPOINTMENT_READ");
        LocalDate today = LocalDate.now(ATHENS);
        List<AppointmentView> mine = service.list(CurrentStaff.username(), today, today);
        model.addAttribute("appointments", mine);
        model.addAttribute("names", beneficiaries.displayNames(
                mine.stream().map(AppointmentView::beneficiary).filter(Objects::nonNull).toList()));
        model.addAttribute("withPerson", true);
        return "pages/appointments/list";
    }

    @GetMapping("/t/{centre}/people/{id}/appointments")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("APPOINTMENT_READ");
        model.addAttribute("appointments", service.ofPerson(id));
        model.addAttribute("names", Map.of());
        model.addAttribute("withPerson", false);
        return "pages/appointments/list";
    }

    @GetMapping("/t/{centre}/people/{id}/appointments/new")
    String newAppointment(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("APPOINTMENT_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("staff", CurrentStaff.username());
        return form(id, model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/appointments")
    String book(@PathVariable String centre, @PathVariable UUID id, @Valid @ModelAttribute("booking") BookingForm booking,
            BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("APPOINTMENT_WRITE");
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        return PageForms.submit(request, response, binding, FIELDS, messages, locale, () -> book(booking.request(id),
                locale), "/t/" + centre + "/people/" + id, (typed, errors) -> form(id, model, typed, errors, locale));
    }

    /** Books; a clash the API names (a 409) is said at the start time, a closed person at the date. */
    private void book(AppointmentRequest asked, Locale locale) {
        try {
            try {
                service.book(asked);
            } catch (DataIntegrityViolationException e) {
                // Two bookings raced past the check: name the one that won, as the API does.
                service.requireFreeAfterRefusal(asked, null);
                throw e;
            }
        } catch (InvalidField e) {
            throw "beneficiary".equals(e.field()) ? new InvalidField("date", e.messageCode()) : e;
        } catch (ErrorResponseException e) {
            String clash = e.getStatusCode().value() == HttpStatus.CONFLICT.value() ? clash(e, locale) : null;
            if (clash == null) {
                throw e;
            }
            throw new PageForms.Refused("start", clash);
        }
    }

    /** The clash named in the API's 409, said with Greek dates; null when the 409 is about something else. */
    private String clash(ErrorResponseException e, Locale locale) {
        var properties = e.getBody().getProperties();
        if (properties == null || !(properties.get("clash") instanceof Map<?, ?> clash)) {
            return null;
        }
        String code = "STAFF".equals(clash.get("with")) ? "page.appointment.clash.staff"
                : "page.appointment.clash.beneficiary";
        return messages.getMessage(code, new Object[] {clash.get("staff"),
                WHEN.format(LocalDateTime.parse(String.valueOf(clash.get("start")))),
                WHEN.format(LocalDateTime.parse(String.valueOf(clash.get("end"))))}, locale);
    }

    private String form(UUID person, Model model, Map<String, String> typed, Map<String, String> errors,
            Locale locale) {
        String name = beneficiaries.displayNames(List.of(person)).get(person);
        if (name == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("personId", person);
        model.addAttribute("personName", name);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.appointment.field." + field, messages,
                locale));
        model.addAttribute("hours", hours.week().stream().map(day -> messages.getMessage(
                day.hasWalkIn() ? "page.appointment.hoursWalkIn" : "page.appointment.hoursDay",
                new Object[] {day.day().getDisplayName(java.time.format.TextStyle.FULL, locale), day.opens(),
                        day.closes(), day.walkInFrom(), day.walkInTo()}, locale)).toList());
        return "pages/appointments/new";
    }
}
