package gr.kentra.cases.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A person's counselling sessions on the card, the notes only for their author as the API decides; and an
 * individual session recorded from the card (its author is whoever records it).
 */
@Controller
@CentrePage
class SessionPages {

    static final List<String> FIELDS = List.of("date", "durationMinutes", "topic", "notes");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private final SessionService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;
    private final MessageSource messages;

    SessionPages(SessionService service, Beneficiaries beneficiaries, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("sessionForm")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/sessions")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("SESSION_READ");
        model.addAttribute("sessions", service.search(new SessionFilter(id, null, null, null, null), 0, 50).items());
        return "pages/sessions/list";
    }

    @GetMapping("/t/{centre}/people/{id}/sessions/new")
    String newSession(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("SESSION_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("date", PageForms.DAY.format(LocalDate.now(ATHENS)));
        defaults.put("durationMinutes", "50");
        return form(id, model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/sessions")
    String record(@PathVariable String centre, @PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionForm session,
            BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("SESSION_WRITE");
        Map<String, String> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> typed.put(name, values.length > 0 ? values[0] : null));
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(id, model, typed, PageForms.errors(binding, FIELDS, messages, locale), locale);
        }
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        try {
            service.record(session.request(id));
        } catch (InvalidField e) {
            response.setStatus(422);
            String field = e.field().startsWith("participants") ? "date" : e.field();
            return form(id, model, typed, Map.of(field, messages.getMessage(e.messageCode(), null, locale)), locale);
        }
        String card = "/t/" + centre + "/people/" + id;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", card);
            return "pages/empty";
        }
        return "redirect:" + card;
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
        model.addAttribute("topics", TopicCategory.values());
        Map<String, String> labels = new LinkedHashMap<>();
        FIELDS.forEach(field -> labels.put(field, messages.getMessage("page.session.field." + field, null, locale)));
        model.addAttribute("labels", labels);
        return "pages/sessions/new";
    }
}
