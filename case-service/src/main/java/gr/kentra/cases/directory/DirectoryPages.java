package gr.kentra.cases.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.Allowed;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partner directory's upkeep: the services the centre refers people to, its region's and its own, a new one
 * (the API's validation at the fields; regional for coordinators), and switching one of its own off (no new
 * referrals to it; old referrals keep it) or on again.
 */
@Controller
@CentrePage
class DirectoryPages {

    static final List<String> FIELDS = List.of("scope", "name", "kind", "phone", "email");

    private final PrivateEntries partners;
    private final ServiceDirectory directory;
    private final Allowed allowed;
    private final MessageSource messages;

    DirectoryPages(PrivateEntries partners, ServiceDirectory directory, Allowed allowed, MessageSource messages) {
        this.partners = partners;
        this.directory = directory;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("directoryForm")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/partners")
    String list(Model model, Locale locale) {
        allowed.require("PARTNER_WRITE");
        return page(model, Map.of(), Map.of(), locale);
    }

    /**
     * A new entry; or, when a button asks for it ({@code row=add-locations}, {@code row=remove-contacts-1}), the form
     * again with a row more or less and nothing saved (htmx swaps the form alone, a plain browser the page).
     */
    @PostMapping("/t/{centre}/partners")
    String add(@PathVariable String centre, @Valid @ModelAttribute("directoryForm") DirectoryForm form,
            BindingResult binding, @RequestParam(required = false) String row, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        allowed.require("PARTNER_WRITE");
        if (row != null) {
            DirectoryRows.Changed changed = DirectoryRows.change(PageForms.typed(request), row);
            model.addAttribute("focus", changed.focus());
            return page(model, changed.typed(), Map.of(), locale);
        }
        return PageForms.submit(request, response, binding, FIELDS, messages, locale,
                () -> directory.add(form),
                "/t/" + centre + "/partners", (typed, errors) -> page(model, typed, errors, locale));
    }

    @PostMapping("/t/{centre}/partners/{id}")
    String switchOnOrOff(@PathVariable String centre, @PathVariable UUID id, @RequestParam boolean active,
            @RequestParam long version, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("PARTNER_WRITE");
        DirectoryEntry partner = partners.find(id)
                .orElseThrow(() -> gr.kentra.cases.system.RecordProblems.notFound("problem.partner.notFound"));
        try {
            partners.switchOnOrOff(id, active, version);
        } catch (RuntimeException e) {
            if (!PageForms.isStale(e)) {
                throw e;
            }
            // Someone else switched it meanwhile: say what was asked and what holds now; change nothing.
            response.setStatus(409);
            model.addAttribute("stale", messages.getMessage("page.stale.switch", new Object[] {partner.name(),
                    state(active, locale), state(partner.active(), locale)}, locale));
            return page(model, Map.of(), Map.of(), locale);
        }
        return "redirect:/t/" + centre + "/partners";
    }

    private String state(boolean active, Locale locale) {
        return messages.getMessage(active ? "page.types.active" : "page.types.inactive", null, locale);
    }

    private String page(Model model, Map<String, String> typed, Map<String, String> errors, Locale locale) {
        model.addAttribute("partners", directory.list(ServiceDirectory.Filter.ALL));
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("scopes", allowed.to(ServiceDirectory.REGIONAL_WRITE) ? DirectoryScope.values()
                : new DirectoryScope[] {DirectoryScope.PRIVATE});
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        Map<String, String> labels = PageForms.labels(FIELDS, field -> "page.partners." + field, messages, locale);
        Map<String, List<Integer>> rows = DirectoryRows.numbers(typed);
        DirectoryRows.labels(labels, rows, messages, locale);
        model.addAttribute("labels", labels);
        model.addAttribute("rows", rows);
        model.addAttribute("rowFields", DirectoryRows.FIELDS);
        model.addAttribute("rowMessages", DirectoryRows.MESSAGES);
        model.addAttribute("maxRows", DirectoryForm.MAX_ROWS);
        model.addAttribute("privateScope", DirectoryScope.PRIVATE);
        return "pages/coordinator/partners";
    }
}
