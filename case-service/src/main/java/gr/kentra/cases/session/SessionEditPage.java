package gr.kentra.cases.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
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
 * A session edited from the card by its author (group and family sessions too: the others can be added or
 * removed), on the version it was read at. When the author saved it meanwhile elsewhere (another tab, the API)
 * nothing is written: the form comes back (409) with what was typed and, beside each field that differs, what the
 * session holds now; saving again is then a decision.
 */
@Controller
@CentrePage
class SessionEditPage {

    private final SessionService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;
    private final MessageSource messages;

    SessionEditPage(SessionService service, Beneficiaries beneficiaries, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("sessionEdit")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/sessions/{session}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID session, Model model, Locale locale) {
        allowed.require("SESSION_WRITE");
        SessionView found = own(id, service.find(session));
        return form(id, found, model, asForm(found), others(found, id), Map.of(), Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/sessions/{session}/edit")
    String save(@PathVariable String centre, @PathVariable UUID id, @PathVariable UUID session,
            @Valid @ModelAttribute("sessionEdit") SessionForm edit, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("SESSION_WRITE");
        SessionView before = own(id, service.find(session));
        List<UUID> others = SessionPages.chosen(request, id);
        Map<String, String> typed = PageForms.typed(request);
        try {
            return PageForms.submit(request, response, binding, SessionPages.FIELDS, messages, locale,
                    () -> service.update(session, edit.request(id)), "/t/" + centre + "/people/" + id + "/sessions/"
                            + session,
                    (kept, errors) -> form(id, before, model, kept, others, SessionPages.pageFields(errors), Map.of(),
                            locale));
        } catch (RuntimeException e) {
            if (!PageForms.isStale(e)) {
                throw e;
            }
            return stale(id, session, typed, others, model, response, locale);
        }
    }

    /** Someone (the author elsewhere) saved it since this form was read: keep what was typed, show what is there. */
    private String stale(UUID person, UUID session, Map<String, String> typed, List<UUID> others, Model model,
            HttpServletResponse response, Locale locale) {
        SessionView now = own(person, service.find(session));
        Map<String, String> current = asForm(now);
        Map<String, String> changed = new LinkedHashMap<>();
        for (String field : SessionPages.FIELDS) {
            if (field.equals("participants")) {
                List<UUID> theirs = others(now, person);
                if (!new java.util.HashSet<>(theirs).equals(new java.util.HashSet<>(others))) {
                    changed.put(field, names(theirs, locale));
                }
            } else if (!same(field, typed.get(field), current.get(field))) {
                changed.put(field, display(field, current.get(field), locale));
            }
        }
        Map<String, String> form = new HashMap<>(typed);
        form.put("version", String.valueOf(now.version()));
        response.setStatus(409);
        model.addAttribute("stale", true);
        return form(person, now, model, form, others, Map.of(), changed, locale);
    }

    private String form(UUID person, SessionView session, Model model, Map<String, String> typed, List<UUID> others,
            Map<String, String> errors, Map<String, String> current, Locale locale) {
        model.addAttribute("sessionId", session.id());
        model.addAttribute("current", current);
        return SessionPages.form(beneficiaries, messages, person, model, typed, others, errors, locale);
    }

    /** Only the author edits, and only under the path of someone who took part. */
    private static SessionView own(UUID person, SessionView session) {
        if (!session.participants().contains(person)) {
            throw SessionProblems.notFound();
        }
        if (session.notesRestricted()) {
            throw SessionProblems.notTheAuthor();
        }
        return session;
    }

    private static List<UUID> others(SessionView session, UUID person) {
        return new ArrayList<>(session.participants().stream().filter(p -> !p.equals(person)).toList());
    }

    /** The session as the form's fields hold it: the date dd/mm/yyyy, enumerations by name, nothing as blank. */
    private static Map<String, String> asForm(SessionView s) {
        Map<String, String> form = new HashMap<>();
        form.put("type", s.type().name());
        form.put("date", PageForms.DAY.format(s.date()));
        form.put("durationMinutes", String.valueOf(s.durationMinutes()));
        form.put("topic", s.topic().name());
        form.put("notes", s.notes() == null ? "" : s.notes());
        form.put("version", String.valueOf(s.version()));
        return form;
    }

    private static boolean same(String field, String typed, String theirs) {
        if (field.equals("date")) {
            try {
                return Objects.equals(PageForms.parseDay(typed), PageForms.parseDay(theirs));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return normalised(typed).equals(normalised(theirs));
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }

    private String display(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return messages.getMessage("page.stale.empty", null, locale);
        }
        return switch (field) {
            case "type" -> messages.getMessage("sessionType." + value, null, value, locale);
            case "topic" -> messages.getMessage("topic." + value, null, value, locale);
            default -> value;
        };
    }

    private String names(List<UUID> people, Locale locale) {
        if (people.isEmpty()) {
            return messages.getMessage("page.stale.empty", null, locale);
        }
        Map<UUID, String> names = beneficiaries.displayNames(people);
        return String.join(", ", people.stream().map(p -> names.getOrDefault(p, "?")).toList());
    }
}
