package gr.kentra.cases.history;

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
import org.springframework.dao.DataIntegrityViolationException;
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
 * The social history on the card: the current text, who wrote each version and when; rewritten from the card on
 * the version it was read at. When someone else wrote a version meanwhile nothing is written: the form comes back
 * (409) with the text as typed and, above it, the text saved meanwhile; saving again is then a decision.
 */
@Controller
@CentrePage
class SocialHistoryPages {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(Athens.ZONE);

    private final SocialHistoryService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;
    private final MessageSource messages;

    SocialHistoryPages(SocialHistoryService service, Beneficiaries beneficiaries, Allowed allowed,
            MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("write")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/history")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("CARD_READ");
        model.addAttribute("personId", id);
        SocialHistoryView history = service.show(id);
        model.addAttribute("history", history);
        Map<Integer, String> written = new HashMap<>();
        history.versions().forEach(v -> written.put(v.version(), TIME.format(v.writtenAt())));
        model.addAttribute("written", written);
        return "pages/history/part";
    }

    @GetMapping("/t/{centre}/people/{id}/history/edit")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("CARD_WRITE");
        SocialHistoryView history = service.show(id);
        Map<String, String> form = new HashMap<>();
        form.put("text", history.text());
        form.put("version", String.valueOf(history.version()));
        return form(id, model, form, Map.of(), null, locale);
    }

    @PostMapping("/t/{centre}/people/{id}/history/edit")
    String save(@PathVariable String centre, @PathVariable UUID id,
            @Valid @ModelAttribute("write") SocialHistoryView.Write write, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("CARD_WRITE");
        Map<String, String> typed = PageForms.typed(request);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(id, model, typed, PageForms.errors(binding, List.of("text"), messages, locale), null, locale);
        }
        try {
            service.write(id, write);
        } catch (RuntimeException e) {
            if (!PageForms.isStale(e) && !(e instanceof DataIntegrityViolationException)) {
                throw e;
            }
            SocialHistoryView now = service.show(id);
            typed.put("version", String.valueOf(now.version()));
            response.setStatus(409);
            return form(id, model, typed, Map.of(), now, locale);
        }
        return PageForms.redirect(request, response, "/t/" + centre + "/people/" + id + "?saved");
    }

    private String form(UUID person, Model model, Map<String, String> form, Map<String, String> errors,
            SocialHistoryView savedMeanwhile, Locale locale) {
        String name = beneficiaries.displayNames(List.of(person)).get(person);
        if (name == null) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("personId", person);
        model.addAttribute("personName", name);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meanwhile", savedMeanwhile);
        if (savedMeanwhile != null && !savedMeanwhile.versions().isEmpty()) {
            model.addAttribute("meanwhileBy", savedMeanwhile.versions().getFirst().writtenBy());
            model.addAttribute("meanwhileAt", TIME.format(savedMeanwhile.versions().getFirst().writtenAt()));
        }
        model.addAttribute("labels", Map.of("text", messages.getMessage("page.history.text", null, locale)));
        return "pages/history/edit";
    }
}
