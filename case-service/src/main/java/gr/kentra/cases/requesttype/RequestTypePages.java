package gr.kentra.cases.requesttype;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's upkeep of the request type catalogue: the standard types and the centre's own, a new type of
 * the centre's (the API's validation at the fields), and switching a type off (no longer offered for new requests;
 * old requests keep it) or on again.
 */
@Controller
@CentrePage
class RequestTypePages {

    static final List<String> FIELDS = List.of("code", "labelEl", "labelEn");

    private final RequestTypeService service;
    private final Allowed allowed;
    private final MessageSource messages;

    RequestTypePages(RequestTypeService service, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("newRequestType")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/request-types")
    String list(Model model, Locale locale) {
        allowed.require("REQUEST_TYPE_WRITE");
        return page(model, Map.of(), Map.of(), locale);
    }

    @PostMapping("/t/{centre}/request-types")
    String add(@PathVariable String centre, @Valid @ModelAttribute("newRequestType") NewRequestType newType,
            BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        allowed.require("REQUEST_TYPE_WRITE");
        return PageForms.submit(request, response, binding, FIELDS, messages, locale, () -> {
            try {
                service.add(newType, locale);
            } catch (ErrorResponseException duplicate) {
                throw new PageForms.Refused("code", messages.getMessage("page.types.duplicate", null, locale));
            }
        }, "/t/" + centre + "/request-types", (typed, errors) -> page(model, typed, errors, locale));
    }

    @PostMapping("/t/{centre}/request-types/{code}")
    String switchOnOrOff(@PathVariable String centre, @PathVariable String code, @RequestParam boolean active,
            @RequestParam long version, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("REQUEST_TYPE_WRITE");
        RequestTypeView type = service.list(null, locale).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> gr.kentra.cases.system.RecordProblems.notFound("problem.requestType.notFound"));
        try {
            service.change(code, new RequestTypeChange(type.labelEl(), type.labelEn(), active, version), locale);
        } catch (RuntimeException e) {
            if (!PageForms.isStale(e)) {
                throw e;
            }
            // Someone else switched it meanwhile: say what was asked and what holds now; change nothing.
            response.setStatus(409);
            model.addAttribute("stale", messages.getMessage("page.stale.switch", new Object[] {
                    type.label(), state(active, locale),
                    state(type.active(), locale)}, locale));
            return page(model, Map.of(), Map.of(), locale);
        }
        return "redirect:/t/" + centre + "/request-types";
    }

    private String state(boolean active, Locale locale) {
        return messages.getMessage(active ? "page.types.active" : "page.types.inactive", null, locale);
    }

    private String page(Model model, Map<String, String> typed, Map<String, String> errors, Locale locale) {
        model.addAttribute("types", service.list(null, locale));
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.types." + field, messages, locale));
        return "pages/coordinator/request-types";
    }
}
