package gr.kentra.cases.beneficiary.pages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import gr.kentra.cases.beneficiary.ProcessingBasis;
import gr.kentra.cases.beneficiary.registration.BeneficiaryProblems;
import gr.kentra.cases.beneficiary.registration.BeneficiaryService;
import gr.kentra.cases.beneficiary.registration.BeneficiaryStatus;
import gr.kentra.cases.beneficiary.registration.BeneficiaryView;
import gr.kentra.cases.beneficiary.registration.Consent;
import gr.kentra.cases.beneficiary.registration.Gender;
import gr.kentra.cases.beneficiary.registration.LegalBasis;
import gr.kentra.cases.beneficiary.registration.UpdateBeneficiary;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Editing a person's identity, contact and consent from the card with the API's own {@code PUT} record and rules.
 * The form carries the version it was read at. When someone else saved the record meanwhile, nothing is written:
 * the form comes back (409) with everything typed, and beside each field the other person changed, the value it
 * holds now; the form then carries the current version, so saving again is a decision, never a silent overwrite.
 */
@Controller
@CentrePage
class BeneficiaryEditPage {

    /** The edit form's fields in page order: the register form's, then the record's standing. */
    static final List<String> FIELDS = java.util.stream.Stream.concat(BeneficiaryPages.FIELDS.stream(),
            java.util.stream.Stream.of("processingBasis", "status")).toList();

    private final BeneficiaryService service;
    private final Allowed allowed;
    private final MessageSource messages;

    BeneficiaryEditPage(BeneficiaryService service, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("edit")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/edit")
    String editForm(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("REGISTRY_WRITE");
        BeneficiaryView person = editable(service.find(id));
        return form(person, model, asForm(person), Map.of(), Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/edit")
    String save(@PathVariable String centre, @PathVariable UUID id, @Valid @ModelAttribute("edit") UpdateBeneficiary edit,
            BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("REGISTRY_WRITE");
        Map<String, String> typed = PageForms.typed(request);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(editable(service.find(id)), model, typed,
                    PageForms.errors(binding, FIELDS, messages, locale), Map.of(), locale);
        }
        try {
            service.update(id, edit);
        } catch (InvalidField e) {
            response.setStatus(422);
            return form(editable(service.find(id)), model, typed,
                    Map.of(e.field(), messages.getMessage(e.messageCode(), null, locale)), Map.of(), locale);
        } catch (ObjectOptimisticLockingFailureException e) {
            return stale(id, model, typed, response, locale);
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == 409 && e.getBody().getProperties() != null
                    && e.getBody().getProperties().containsKey("currentVersion")) {
                return stale(id, model, typed, response, locale);
            }
            if (e.getStatusCode().value() == 409 && e.getBody().getProperties() != null
                    && e.getBody().getProperties().containsKey("existing")) {
                return duplicate(id, model, typed, response, locale);
            }
            throw e;
        } catch (DataIntegrityViolationException e) {
            return duplicate(id, model, typed, response, locale);
        }
        return PageForms.redirect(request, response, "/t/" + centre + "/people/" + id + "?saved");
    }

    /** Someone saved the record since this form was read: keep what was typed, show what is there now. */
    private String stale(UUID id, Model model, Map<String, String> typed, HttpServletResponse response,
            Locale locale) {
        BeneficiaryView now = editable(service.find(id));
        Map<String, String> current = asForm(now);
        Map<String, String> changed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String theirs = current.getOrDefault(field, "");
            if (!Objects.equals(normalised(typed.get(field)), normalised(theirs))) {
                changed.put(field, display(field, theirs, locale));
            }
        }
        Map<String, String> form = new HashMap<>(typed);
        form.put("version", String.valueOf(now.version()));
        response.setStatus(409);
        model.addAttribute("stale", true);
        return form(now, model, form, Map.of(), changed, locale);
    }

    private String duplicate(UUID id, Model model, Map<String, String> typed, HttpServletResponse response,
            Locale locale) {
        String amka = typed.get("amka");
        UUID existing = amka == null || amka.isBlank() ? null : service.idOfAmka(amka.strip());
        if (existing == null || existing.equals(id)) {
            throw new IllegalStateException("a refused edit that is neither stale nor a duplicate AMKA");
        }
        response.setStatus(422);
        model.addAttribute("existing", existing);
        return form(editable(service.find(id)), model, typed,
                Map.of("amka", messages.getMessage("page.person.duplicateAmka", null, locale)), Map.of(), locale);
    }

    private String form(BeneficiaryView person, Model model, Map<String, String> form, Map<String, String> errors,
            Map<String, String> current, Locale locale) {
        model.addAttribute("personId", person.id());
        model.addAttribute("personName", person.lastName() + " " + person.firstName());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("current", current);
        model.addAttribute("labels", PageForms.labels(FIELDS, BeneficiaryEditPage::labelCode, messages, locale));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("processingBases", ProcessingBasis.values());
        model.addAttribute("statuses", List.of(BeneficiaryStatus.ACTIVE, BeneficiaryStatus.INACTIVE,
                BeneficiaryStatus.DECEASED));
        return "pages/people/edit";
    }

    /** An erased identity takes no edit (the service refuses it too): the card says what is left. */
    private static BeneficiaryView editable(BeneficiaryView person) {
        if (person.status() == BeneficiaryStatus.ERASED) {
            throw BeneficiaryProblems.erased();
        }
        return person;
    }

    /** The record as the form's fields hold it: dates dd/mm/yyyy, enumerations by name, nothing as blank. */
    static Map<String, String> asForm(BeneficiaryView p) {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", p.firstName());
        form.put("lastName", p.lastName());
        form.put("latinFirstName", p.latinFirstName());
        form.put("latinLastName", p.latinLastName());
        form.put("dateOfBirth", day(p.dateOfBirth()));
        form.put("gender", name(p.gender()));
        form.put("amka", p.amka());
        form.put("afm", p.afm());
        form.put("citizenship", p.citizenship());
        form.put("idDocumentNumber", p.idDocumentNumber());
        form.put("phone", p.phone());
        form.put("email", p.email());
        form.put("address", p.address());
        Consent consent = p.consent() == null ? Consent.NONE : p.consent();
        form.put("consent.given", String.valueOf(Boolean.TRUE.equals(consent.given())));
        form.put("consent.date", day(consent.date()));
        form.put("consent.legalBasis", name(consent.legalBasis()));
        form.put("processingBasis", name(p.processingBasis()));
        form.put("status", name(p.status()));
        form.put("version", String.valueOf(p.version()));
        form.replaceAll((field, value) -> value == null ? "" : value);
        return form;
    }

    /** The current value as a person reads it: enumerations by their label, an empty field said so. */
    private String display(String field, String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return messages.getMessage("page.stale.empty", null, locale);
        }
        String prefix = switch (field) {
            case "gender" -> "gender.";
            case "consent.legalBasis" -> "legalBasis.";
            case "processingBasis" -> "processingBasis.";
            case "status" -> "status.";
            case "consent.given" -> "true".equals(value) ? "page.yes" : "page.no";
            default -> null;
        };
        if (prefix == null) {
            return value;
        }
        String code = field.equals("consent.given") ? prefix : prefix + value;
        return messages.getMessage(code, null, value, locale);
    }

    /** Typed and stored values compare as the form shows them: trimmed, a date typed 1/2/1980 as 01/02/1980. */
    private static String normalised(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        try {
            LocalDate day = stripped.matches("[0-9./-]{8,10}") ? PageForms.parseDay(stripped) : null;
            return day == null ? stripped : PageForms.DAY.format(day);
        } catch (IllegalArgumentException e) {
            return stripped;
        }
    }

    private static String day(LocalDate day) {
        return day == null ? null : PageForms.DAY.format(day);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
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
