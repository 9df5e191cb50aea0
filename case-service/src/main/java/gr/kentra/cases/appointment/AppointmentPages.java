package gr.kentra.cases.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Appointments on the pages: my appointments today (home) and a person's latest appointments (the card). */
@Controller
@CentrePage
class AppointmentPages {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private final AppointmentService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    AppointmentPages(AppointmentService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
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
}
