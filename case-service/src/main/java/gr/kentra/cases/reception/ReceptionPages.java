package gr.kentra.cases.reception;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.CentrePage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reception queue on the pages: today's walk-ins on the home page (waiting first, with how long), each
 * marked seen or gone there; a person is checked in from the card. The queue refreshes itself every minute.
 */
@Controller
@CentrePage
class ReceptionPages {

    private final ReceptionService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    ReceptionPages(ReceptionService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/walk-ins")
    String queue(Model model) {
        allowed.require("APPOINTMENT_READ");
        return queue(model, null);
    }

    /** Checks the person in from the card: htmx swaps the form for a line saying so; a plain form goes back to the card. */
    @PostMapping("/t/{centre}/people/{id}/walk-ins")
    String checkIn(@PathVariable String centre, @PathVariable UUID id,
            @RequestParam(required = false) String purpose, HttpServletRequest request, Model model) {
        allowed.require("APPOINTMENT_WRITE");
        boolean waiting = false;
        try {
            service.checkIn(new CheckIn(id, purpose == null || purpose.length() <= 500 ? purpose : purpose.substring(0, 500)));
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != 409 || e.getBody().getProperties() != null
                    && e.getBody().getProperties().containsKey("beneficiaryStatus")) {
                throw e;
            }
            waiting = true;
        }
        if ("true".equals(request.getHeader("HX-Request"))) {
            model.addAttribute("alreadyWaiting", waiting);
            return "pages/reception/checked-in";
        }
        return "redirect:/t/" + centre + "/people/" + id + (waiting ? "?waiting" : "");
    }

    /** Seen (by whoever presses it) or gone; the refreshed queue replaces the old one. */
    @PostMapping("/t/{centre}/walk-ins/{id}")
    String move(@PathVariable UUID id, @RequestParam WalkInStatus to, @RequestParam Long version, Model model) {
        allowed.require("APPOINTMENT_WRITE");
        String problem = null;
        try {
            service.transition(id, new WalkInTransition(to, version));
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != 409) {
                throw e;
            }
            // Someone else moved the person first: the fresh queue shows what happened.
            problem = "page.walkIn.alreadyMoved";
        }
        return queue(model, problem);
    }

    private String queue(Model model, String problem) {
        LocalDate today = LocalDate.now(ReceptionService.CENTRE_ZONE);
        List<WalkInView> day = service.day(today);
        Instant now = Instant.now();
        model.addAttribute("waiting", day.stream().filter(w -> w.status() == WalkInStatus.WAITING).toList());
        model.addAttribute("done", day.stream().filter(w -> w.status() != WalkInStatus.WAITING).toList().reversed());
        model.addAttribute("minutes", day.stream().collect(java.util.stream.Collectors.toMap(WalkInView::id,
                w -> Duration.between(w.arrivedAt(), w.seenAt() == null ? now : w.seenAt()).toMinutes())));
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .withZone(ReceptionService.CENTRE_ZONE);
        model.addAttribute("arrived", day.stream().collect(java.util.stream.Collectors.toMap(WalkInView::id,
                w -> time.format(w.arrivedAt()))));
        model.addAttribute("names", beneficiaries.displayNames(day.stream().map(WalkInView::beneficiaryId).toList()));
        model.addAttribute("canMove", allowed.to("APPOINTMENT_WRITE"));
        model.addAttribute("problem", problem);
        return "pages/reception/queue";
    }
}
