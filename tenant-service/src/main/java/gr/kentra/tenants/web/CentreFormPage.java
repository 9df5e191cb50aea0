package gr.kentra.tenants.web;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.InvalidSchedule;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.onboarding.Onboarding;
import gr.kentra.tenants.centre.registry.CentreChanges;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreView;
import gr.kentra.tenants.centre.registry.OnboardCentre;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The onboarding and edit forms. They post through htmx (the gateway's CSRF header rides along); the answer to
 * a form with errors is the same form, filled with what was typed, each message next to its field. The rules
 * are the API's: the form is turned into the API's request and validated the same way.
 */
@Controller
class CentreFormPage {

    private final CentreService centres;
    private final Onboarding onboarding;
    private final SmartValidator validator;
    private final MessageSource messages;

    CentreFormPage(CentreService centres, Onboarding onboarding, SmartValidator validator, MessageSource messages) {
        this.centres = centres;
        this.onboarding = onboarding;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/admin/centres/new")
    String blank(Model model) {
        return form(model, CentreForm.blank(), Map.of(), null, null);
    }

    @PostMapping("/admin/centres")
    String onboard(@ModelAttribute("form") CentreForm form, @AuthenticationPrincipal Jwt admin, Model model,
            HttpServletResponse response) {
        FormRequests requests = new FormRequests(form);
        OnboardCentre request = requests.onboard();
        Map<String, String> errors = errors(requests, request);
        if (errors.isEmpty()) {
            try {
                CentreView centre = onboarding.onboard(request, Actors.of(admin));
                // The first coordinator's temporary password is shown once, on this answer: never cache it.
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setHeader("HX-Retarget", "main");
                response.setHeader("HX-Reswap", "innerHTML");
                response.setHeader("HX-Push-Url", "/admin/centres/" + centre.id());
                model.addAttribute("centre", centre);
                model.addAttribute("trail", centres.trail(centre.id(), CentreDetailPage.TRAIL_LINES));
                model.addAttribute("namesakes", centres.namesakes(centre.id()));
                return "admin/detail :: content";
            } catch (ErrorResponseException e) {
                errors.put("id", message(e.getDetailMessageCode(), e.getDetailMessageArguments()));
            }
        }
        form.padRows();
        return form(model, form, errors, null, "admin/form :: form");
    }

    @GetMapping("/admin/centres/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        return form(model, CentreForm.of(centres.find(id)), Map.of(), id, null);
    }

    @PostMapping("/admin/centres/{id}")
    String change(@PathVariable String id, @ModelAttribute("form") CentreForm form, @AuthenticationPrincipal Jwt admin,
            Model model, HttpServletResponse response) {
        FormRequests requests = new FormRequests(form);
        CentreChanges request = requests.changes();
        Map<String, String> errors = errors(requests, request);
        String general = null;
        if (errors.isEmpty()) {
            try {
                centres.change(id, request, Actors.of(admin));
                response.setHeader("HX-Redirect", "/admin/centres/" + id);
                response.setStatus(HttpStatus.NO_CONTENT.value());
                return null;
            } catch (InvalidSchedule e) {
                e.problems().forEach(p -> errors.put(requests.formField(p.field()), message(p.code(), null)));
            } catch (ErrorResponseException e) {
                if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                    throw e;
                }
                general = message(e.getDetailMessageCode(), e.getDetailMessageArguments());
            }
        }
        form.setId(id);
        form.padRows();
        model.addAttribute("generalError", general);
        return form(model, form, errors, id, "admin/form :: form");
    }

    private String form(Model model, CentreForm form, Map<String, String> errors, String editing, String fragment) {
        model.addAttribute("form", form);
        model.addAttribute("errors", FieldIds.inFormOrder(errors));
        model.addAttribute("errorTargets", FieldIds.of(errors));
        model.addAttribute("editing", editing);
        model.addAttribute("regions", Region.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("branchOptions", Branch.values());
        model.addAttribute("roles", StaffRole.values());
        return fragment != null ? fragment : "admin/form";
    }

    /** Unreadable fields first, then the request's validation, each under the form field it came from. */
    private Map<String, String> errors(FormRequests requests, Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        requests.unreadable().forEach((field, code) -> errors.put(field, message(code, null)));
        Errors result = new BeanPropertyBindingResult(request, "request");
        validator.validate(request, result);
        Locale locale = LocaleContextHolder.getLocale();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(requests.formField(error.getField()), messages.getMessage(error, locale));
        }
        return errors;
    }

    private String message(String code, Object[] arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }
}
