package gr.kentra.cases.beneficiary.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.cases.beneficiary.registration.BeneficiaryService;
import gr.kentra.cases.beneficiary.registration.BeneficiaryView;
import gr.kentra.cases.beneficiary.registration.Gender;
import gr.kentra.cases.beneficiary.registration.LegalBasis;
import gr.kentra.cases.beneficiary.registration.RegisterBeneficiary;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry's pages: find a person (as you type, and a full results page), register one with the API's own
 * record and validation, and the record card. Every read is audited by the service, as through the API.
 */
@Controller
@CentrePage
class BeneficiaryPages {

    /** The register form's fields in page order: the error summary lists them in this order. */
    static final List<String> FIELDS = List.of("firstName", "lastName", "latinFirstName", "latinLastName",
            "dateOfBirth", "gender", "amka", "afm", "citizenship", "idDocumentNumber", "phone", "email", "address",
            "consent.given", "consent.date", "consent.legalBasis");
    private static final int SUGGESTIONS = 8;
    private static final ZoneId ATHENS = Athens.ZONE;

    private final BeneficiaryService service;
    private final Allowed allowed;
    private final MessageSource messages;

    BeneficiaryPages(BeneficiaryService service, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("person")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    /** Results as the person types: a short list of links to the cards (the search box's live region). */
    @GetMapping("/t/{centre}/people/suggestions")
    String suggestions(@RequestParam(required = false) String q, Model model) {
        allowed.require("REGISTRY_READ");
        boolean asked = q != null && q.strip().length() >= 2;
        model.addAttribute("asked", asked);
        model.addAttribute("q", q);
        model.addAttribute("people", asked ? service.search(q, 0, SUGGESTIONS).items() : List.of());
        return "pages/people/suggestions";
    }

    /**
     * People to add to a form that names several (a group session's participants): the same search, each result a
     * checkbox named {@code participants}; {@code except} (the card's own person) is left out.
     */
    @GetMapping("/t/{centre}/people/pick")
    String pick(@RequestParam(required = false) String q, @RequestParam(required = false) UUID except,
            Model model) {
        allowed.require("REGISTRY_READ");
        boolean asked = q != null && q.strip().length() >= 2;
        model.addAttribute("asked", asked);
        model.addAttribute("people", asked ? service.search(q, 0, SUGGESTIONS).items().stream()
                .filter(p -> !p.id().equals(except)).toList() : List.of());
        return "pages/people/pick";
    }

    @GetMapping("/t/{centre}/people")
    String results(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        allowed.require("REGISTRY_READ");
        model.addAttribute("q", q);
        model.addAttribute("result", q == null || q.isBlank() ? null : service.search(q, page, 20));
        return "pages/people/results";
    }

    @GetMapping("/t/{centre}/people/new")
    String registerForm(Model model, Locale locale) {
        allowed.require("REGISTRY_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("citizenship", "GR");
        defaults.put("consent.given", "true");
        defaults.put("consent.date", PageForms.DAY.format(LocalDate.now(ATHENS)));
        defaults.put("consent.legalBasis", LegalBasis.CONSENT.name());
        return form(model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people")
    String register(@PathVariable String centre, @Valid @ModelAttribute("person") RegisterBeneficiary person,
            BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("REGISTRY_WRITE");
        Map<String, String> typed = PageForms.typed(request);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, typed, PageForms.errors(binding, FIELDS, messages, locale), locale);
        }
        BeneficiaryView created;
        try {
            created = service.register(person, CurrentStaff.username());
        } catch (ErrorResponseException | DataIntegrityViolationException e) {
            UUID existing = person.amka() == null ? null : service.idOfAmka(person.amka().strip());
            if (existing == null) {
                throw e;
            }
            response.setStatus(422);
            model.addAttribute("existing", existing);
            return form(model, typed, Map.of("amka", messages.getMessage("page.person.duplicateAmka", null, locale)),
                    locale);
        }
        String card = "/t/" + centre + "/people/" + created.id();
        if (created.possibleDuplicates() != null && !created.possibleDuplicates().isEmpty()) {
            card += "?similar=" + created.possibleDuplicates().stream().map(link -> link.id().toString())
                    .collect(Collectors.joining(","));
        }
        return PageForms.redirect(request, response, card);
    }

    @GetMapping("/t/{centre}/people/{id}")
    String card(@PathVariable UUID id, @RequestParam(required = false) List<UUID> similar, Model model) {
        allowed.require("REGISTRY_READ");
        model.addAttribute("person", service.find(id));
        model.addAttribute("similar", similar == null ? List.of() : similar.stream().limit(10).toList());
        return "pages/people/card";
    }

    private String form(Model model, Map<String, String> typed, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : FIELDS) {
            labels.put(field, messages.getMessage(labelCode(field), null, locale));
        }
        model.addAttribute("labels", labels);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("legalBases", LegalBasis.values());
        return "pages/people/new";
    }

    private static String labelCode(String field) {
        return switch (field) {
            case "consent.given" -> "page.person.consentGiven";
            case "consent.date" -> "page.person.consentDate";
            case "consent.legalBasis" -> "page.person.legalBasis";
            default -> "page.person." + field;
        };
    }
}
