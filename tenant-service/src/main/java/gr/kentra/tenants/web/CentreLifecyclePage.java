package gr.kentra.tenants.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import gr.kentra.tenants.centre.registry.CentrePlacements;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.lifecycle.Deletions;
import gr.kentra.tenants.placement.CentreMoves;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The end of a centre's life and its moves from its page, through the services the API uses (so with the API's
 * safeguards): placement on another database cell, and deletion in two steps (a one-time code, then the code and
 * the centre's id typed again). Each answers with its section of the page; a refusal is said there in the reader's
 * language. The archive export's progress is polled by the page itself (admin/detail, section archive).
 */
@Controller
class CentreLifecyclePage {

    private final CentreService centres;
    private final CentreMoves moves;
    private final CentrePlacements placements;
    private final Deletions deletions;
    private final MessageSource messages;
    private final PageTimes times;

    CentreLifecyclePage(CentreService centres, CentreMoves moves, CentrePlacements placements, Deletions deletions,
            MessageSource messages, PageTimes times) {
        this.centres = centres;
        this.moves = moves;
        this.placements = placements;
        this.deletions = deletions;
        this.messages = messages;
        this.times = times;
    }

    /** Moves the centre now (case-service copies its data; the button shows the move in progress meanwhile). */
    @PostMapping("/admin/centres/{id}/placement")
    String place(@PathVariable String id, @RequestParam(required = false) String cell,
            @AuthenticationPrincipal Jwt admin, Model model, HttpServletResponse response) {
        if (cell == null || !placements.isConfiguredCell(cell)) {
            model.addAttribute("placementError", text("page.detail.placement.unknownCell"));
        } else {
            try {
                CentreMoves.Placed placed = moves.place(centres.find(id).id(), cell, Actors.of(admin));
                model.addAttribute("placed", "MOVED".equals(placed.outcome())
                        ? text("page.detail.placement.moved", placed.previousCell(), placed.cell(),
                                number(placed.move(), "rowsCopied"), number(placed.move(), "durationMillis"))
                        : text("page.detail.placement.unchanged", placed.cell()));
            } catch (ErrorResponseException e) {
                rethrowNotFound(e);
                model.addAttribute("placementError", problem(e));
            }
        }
        return section(id, model, response, "placement");
    }

    /** The first step: a one-time code, shown once (no-store) with its expiry. */
    @PostMapping("/admin/centres/{id}/deletion-request")
    String requestDeletion(@PathVariable String id, @AuthenticationPrincipal Jwt admin, Model model,
            HttpServletResponse response) {
        try {
            Deletions.Issued issued = deletions.request(centres.find(id).id(), Actors.of(admin));
            model.addAttribute("issued", text("page.detail.deletion.issued", times.minutes(issued.expiresAt())));
            model.addAttribute("issuedCode", issued.confirmation());
        } catch (ErrorResponseException e) {
            rethrowNotFound(e);
            model.addAttribute("deletionError", problem(e));
        }
        return section(id, model, response, "deletion");
    }

    /** The second step: the code and the centre's id typed again; done, the page reloads with the tombstone. */
    @PostMapping("/admin/centres/{id}/deletion")
    String delete(@PathVariable String id, @RequestParam(required = false) String confirmation,
            @RequestParam(required = false) String slug, @AuthenticationPrincipal Jwt admin, Model model,
            HttpServletResponse response) {
        String centre = centres.find(id).id();
        Map<String, String> errors = new LinkedHashMap<>();
        if (confirmation == null || confirmation.isBlank()) {
            errors.put("confirmation", text("NotBlank"));
        }
        if (slug == null || !centre.equals(slug.strip())) {
            errors.put("slug", text("problem.deletion.slug"));
        }
        if (errors.isEmpty()) {
            try {
                deletions.delete(centre, confirmation.strip(), Actors.of(admin));
                response.setHeader("HX-Redirect", "/admin/centres/" + centre);
                response.setStatus(HttpStatus.NO_CONTENT.value());
                return null;
            } catch (ErrorResponseException e) {
                rethrowNotFound(e);
                model.addAttribute("deletionError", problem(e));
            }
        }
        model.addAttribute("deletionErrors", errors);
        model.addAttribute("typedConfirmation", confirmation);
        model.addAttribute("typedSlug", slug);
        model.addAttribute("askedForCode", true);
        return section(id, model, response, "deletion");
    }

    private String section(String id, Model model, HttpServletResponse response, String fragment) {
        model.addAttribute("centre", centres.find(id));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "admin/detail :: " + fragment;
    }

    private static void rethrowNotFound(ErrorResponseException e) {
        if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            throw e;
        }
    }

    /** The problem's detail as the API says it, in the reader's language; a date in it as the pages print dates. */
    private String problem(ErrorResponseException e) {
        Object[] arguments = e.getDetailMessageArguments();
        Map<String, Object> properties = e.getBody().getProperties();
        if (properties != null && properties.get("deletableFrom") instanceof Instant from) {
            arguments = new Object[] {times.minutes(from)};
        }
        return messages.getMessage(e.getDetailMessageCode(), arguments, LocaleContextHolder.getLocale());
    }

    private static String number(Map<String, Object> report, String key) {
        Object value = report == null ? null : report.get(key);
        return value instanceof Number n ? java.text.NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale())
                .format(n.longValue()) : "?";
    }

    private String text(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, locale);
    }
}
