package gr.kentra.cases.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import gr.kentra.commons.time.Athens;
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
 * A person's counselling sessions on the card, the notes only for their author as the API decides; a session
 * (individual, or group and family with the others found by name) recorded from the card, its author whoever
 * records it. On someone else's card a group session shows how many others took part, never who they are, and
 * its notes (which speak of them too) stay on the session's own page. A coordinator opens notes only by
 * break-glass, giving a reason that goes into every participant's audit trail.
 */
@Controller
@CentrePage
class SessionPages {

    static final List<String> FIELDS = List.of("type", "participants", "date", "durationMinutes", "topic", "notes");
    private static final ZoneId ATHENS = Athens.ZONE;

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

    @InitBinder({"sessionForm", "breakGlassRequest"})
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/sessions")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("SESSION_READ");
        model.addAttribute("personId", id);
        model.addAttribute("sessions", service.search(new SessionFilter(id, null, null, null, null), 0, 50).items());
        model.addAttribute("canBreakGlass", allowed.to("SESSION_BREAK_GLASS"));
        model.addAttribute("canWrite", allowed.to("SESSION_WRITE"));
        return "pages/sessions/list";
    }

    @GetMapping("/t/{centre}/people/{id}/sessions/new")
    String newSession(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("SESSION_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("type", SessionType.INDIVIDUAL.name());
        defaults.put("date", PageForms.DAY.format(LocalDate.now(ATHENS)));
        defaults.put("durationMinutes", "50");
        return form(id, model, defaults, List.of(), Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/sessions")
    String record(@PathVariable String centre, @PathVariable UUID id,
            @Valid @ModelAttribute("sessionForm") SessionForm session, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("SESSION_WRITE");
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        List<UUID> others = chosen(request, id);
        return PageForms.submit(request, response, binding, FIELDS, messages, locale,
                () -> service.record(session.request(id)), "/t/" + centre + "/people/" + id,
                (typed, errors) -> form(id, model, typed, others, pageFields(errors), locale));
    }

    /** One session as the person's card links to it: notes for the author; break-glass offered to a coordinator. */
    @GetMapping("/t/{centre}/people/{id}/sessions/{session}")
    String show(@PathVariable UUID id, @PathVariable UUID session, Model model, Locale locale) {
        allowed.require("SESSION_READ");
        return session(id, ofThePerson(id, service.find(session)), null, model, Map.of(), Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/sessions/{session}/break-glass")
    String breakGlass(@PathVariable UUID id, @PathVariable UUID session,
            @Valid @ModelAttribute("breakGlassRequest") BreakGlassRequest reason, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("SESSION_BREAK_GLASS");
        SessionView found = ofThePerson(id, service.find(session));
        if (binding.hasErrors()) {
            response.setStatus(422);
            return session(id, found, null, model, PageForms.typed(request),
                    PageForms.errors(binding, List.of("reason"), messages, locale), locale);
        }
        SessionView.Notes notes = service.breakGlass(session, reason.reason());
        // The notes are shown once, for this answer only: never cached, never a page to come back to.
        response.setHeader("Cache-Control", "no-store");
        return session(id, found, notes, model, Map.of(), Map.of(), locale);
    }

    private String session(UUID person, SessionView session, SessionView.Notes opened, Model model,
            Map<String, String> typed, Map<String, String> errors, Locale locale) {
        model.addAttribute("personId", person);
        model.addAttribute("personName", beneficiaries.displayNames(List.of(person)).get(person));
        model.addAttribute("s", session);
        model.addAttribute("others", session.participants().size() - 1);
        model.addAttribute("opened", opened);
        model.addAttribute("canBreakGlass", allowed.to("SESSION_BREAK_GLASS"));
        // Only the author edits: her own sessions are those whose notes she is shown.
        model.addAttribute("canEdit", !session.notesRestricted() && allowed.to("SESSION_WRITE"));
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", Map.of("reason", messages.getMessage("page.breakGlass.reason", null, locale)));
        return "pages/sessions/session";
    }

    /** A session is shown under a person's path only if she took part: another person's id is simply not found. */
    private static SessionView ofThePerson(UUID person, SessionView session) {
        if (!session.participants().contains(person)) {
            throw SessionProblems.notFound();
        }
        return session;
    }

    /** The others chosen so far, kept when the form comes back (erased or unknown ids drop out). */
    static List<UUID> chosen(HttpServletRequest request, UUID person) {
        List<UUID> others = new ArrayList<>();
        String[] values = request.getParameterValues("participants");
        for (String value : values == null ? new String[0] : values) {
            try {
                UUID id = UUID.fromString(value.strip());
                if (!id.equals(person) && !others.contains(id)) {
                    others.add(id);
                }
            } catch (IllegalArgumentException e) {
                // not an id: nothing to keep
            }
        }
        return others;
    }

    /** The API names a participant by index ({@code participants[1]}); the page has one place for them all. */
    static Map<String, String> pageFields(Map<String, String> errors) {
        Map<String, String> page = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> page.putIfAbsent(field.startsWith("participants") ? "participants" : field,
                message));
        return page;
    }

    private String form(UUID person, Model model, Map<String, String> typed, List<UUID> others,
            Map<String, String> errors, Locale locale) {
        return form(beneficiaries, messages, person, model, typed, others, errors, locale);
    }

    /** The session form (new or edit: the same fields), the others chosen shown by name. */
    static String form(Beneficiaries beneficiaries, MessageSource messages, UUID person, Model model,
            Map<String, String> typed, List<UUID> others, Map<String, String> errors, Locale locale) {
        String name = beneficiaries.displayNames(List.of(person)).get(person);
        if (name == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("personId", person);
        model.addAttribute("personName", name);
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", TopicCategory.values());
        model.addAttribute("types", SessionType.values());
        Map<UUID, String> names = beneficiaries.displayNames(others);
        Map<UUID, String> chosen = new java.util.LinkedHashMap<>();
        others.stream().filter(names::containsKey).forEach(other -> chosen.put(other, names.get(other)));
        model.addAttribute("chosen", chosen);
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.session.field." + field, messages,
                locale));
        return "pages/sessions/new";
    }
}
