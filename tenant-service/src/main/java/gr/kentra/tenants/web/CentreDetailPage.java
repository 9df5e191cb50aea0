package gr.kentra.tenants.web;

import java.util.Arrays;

import gr.kentra.tenants.centre.archive.ArchiveExport;
import gr.kentra.tenants.centre.onboarding.Onboarding;
import gr.kentra.tenants.centre.registry.CentreChanges;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreStatus;
import gr.kentra.tenants.centre.registry.CentreView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A centre's page: every registry field, onboarding's progress (schema, Keycloak), the indicator facts reporting
 * refused (case-service's dead letters), its audit trail, and buttons for the statuses it may move to next (suspend
 * and archive ask for confirmation first).
 */
@Controller
class CentreDetailPage {

    static final int TRAIL_LINES = 50;

    private final CentreService centres;
    private final Onboarding onboarding;
    private final ArchiveExport archiveExport;
    private final MessageSource messages;
    private final FactDeadLetters deadLetters;

    CentreDetailPage(CentreService centres, Onboarding onboarding, ArchiveExport archiveExport,
            MessageSource messages, FactDeadLetters deadLetters) {
        this.centres = centres;
        this.onboarding = onboarding;
        this.archiveExport = archiveExport;
        this.messages = messages;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/admin/centres/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("centre", centres.find(id));
        model.addAttribute("trail", centres.trail(id, TRAIL_LINES));
        model.addAttribute("namesakes", centres.namesakes(id));
        model.addAttribute("deadLetters", deadLetters.of(id));
        return "admin/detail";
    }

    /** Runs the failed onboarding steps now; the answer is the page, with a coordinator made now shown once. */
    @PostMapping("/admin/centres/{id}/onboarding/retry")
    String retry(@PathVariable String id, @AuthenticationPrincipal Jwt admin, Model model,
            HttpServletResponse response) {
        CentreView centre;
        try {
            centre = onboarding.retry(id, Actors.of(admin));
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw e;
            }
            centre = centres.find(id);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("centre", centre);
        model.addAttribute("trail", centres.trail(id, TRAIL_LINES));
        model.addAttribute("namesakes", centres.namesakes(id));
        return "admin/detail :: content";
    }

    /** Moves the centre on; on success the browser reloads its page, else the refusal is shown by the buttons. */
    @PostMapping("/admin/centres/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam String status, @RequestParam(required = false) Long version,
            @AuthenticationPrincipal Jwt admin, Model model, HttpServletResponse response) {
        CentreStatus next = Arrays.stream(CentreStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        try {
            if (next == null) {
                throw new IllegalArgumentException(status);
            }
            CentreView changed = centres.change(id, CentreChanges.status(next, version), Actors.of(admin));
            if (changed.status() == CentreStatus.ARCHIVED) {
                // As the API does: staff access has ended with the commit; the export is asked for at once.
                archiveExport.request(id, Actors.of(admin));
            }
            response.setHeader("HX-Redirect", "/admin/centres/" + id);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw e;
            }
            model.addAttribute("statusError", messages.getMessage(e.getDetailMessageCode(),
                    e.getDetailMessageArguments(), LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("statusError", messages.getMessage("problem.unknownValue", null,
                    LocaleContextHolder.getLocale()));
        }
        CentreView centre = centres.find(id);
        model.addAttribute("centre", centre);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "admin/detail :: status";
    }
}
