package gr.kentra.cases.investigation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.request.Requests;
import gr.kentra.cases.requesttype.RequestTypes;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Social investigations on the card: the person's list (with the printable report of a completed one), and a
 * new investigation started from the card with the API's record and validation.
 */
@Controller
@CentrePage
class InvestigationPages {

    static final List<String> FIELDS = List.of("kind", "requestId", "requestedBy", "requestedOn", "homeVisitOn",
            "findings", "conclusion");
    private static final ZoneId ATHENS = Athens.ZONE;

    private final InvestigationService service;
    private final Beneficiaries beneficiaries;
    private final Requests requests;
    private final RequestTypes types;
    private final Allowed allowed;
    private final MessageSource messages;

    InvestigationPages(InvestigationService service, Beneficiaries beneficiaries, Requests requests,
            RequestTypes types, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.requests = requests;
        this.types = types;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("newInvestigation")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/investigations")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("INVESTIGATION_READ");
        model.addAttribute("investigations",
                service.list(new InvestigationFilter(null, null, id, null, null, null), 0, 50).items());
        return "pages/investigations/person";
    }

    /** The printable report, as the API issues it (audited as a read), under the pages' prefix. */
    @GetMapping(value = "/t/{centre}/investigations/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String report(@PathVariable UUID id) {
        allowed.require("INVESTIGATION_READ");
        return service.report(id);
    }

    @GetMapping("/t/{centre}/people/{id}/investigations/new")
    String newInvestigation(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("INVESTIGATION_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("requestedOn", PageForms.DAY.format(LocalDate.now(ATHENS)));
        return form(id, model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/investigations")
    String open(@PathVariable String centre, @PathVariable UUID id,
            @Valid @ModelAttribute("newInvestigation") NewInvestigation newInvestigation, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("INVESTIGATION_WRITE");
        if (newInvestigation != null && newInvestigation.beneficiaryId() != null
                && !newInvestigation.beneficiaryId().equals(id)) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        return PageForms.submit(request, response, binding, FIELDS, messages, locale,
                () -> service.open(newInvestigation), "/t/" + centre + "/people/" + id,
                (typed, errors) -> form(id, model, typed, errors, locale));
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
        model.addAttribute("kinds", InvestigationKind.values());
        model.addAttribute("openRequests", requests.openOf(person));
        model.addAttribute("types", types.allLabels(locale));
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.investigation.field." + field, messages,
                locale));
        return "pages/investigations/start";
    }
}
