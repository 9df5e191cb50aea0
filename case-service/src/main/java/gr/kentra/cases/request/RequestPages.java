package gr.kentra.cases.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.requesttype.RequestTypes;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.PageForms;
import gr.kentra.commons.time.Athens;
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

/** Requests on the pages: the card's list, the home page's open requests, and a new request from the card. */
@Controller
@CentrePage
class RequestPages {

    static final List<String> FIELDS = List.of("type", "channel", "receivedOn", "description", "assignee");
    private static final ZoneId ATHENS = Athens.ZONE;
    static final int EXPECTED_DAYS = 30;

    private final RequestService service;
    private final RequestTypes types;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;
    private final MessageSource messages;

    RequestPages(RequestService service, RequestTypes types, Beneficiaries beneficiaries, Allowed allowed,
            MessageSource messages) {
        this.service = service;
        this.types = types;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("newRequest")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/requests")
    String ofPerson(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("REQUEST_READ");
        model.addAttribute("requests", service.list(new RequestFilter(null, null, null, id, null, null), 0, 50).items());
        model.addAttribute("types", types.allLabels(locale));
        model.addAttribute("names", Map.of());
        return "pages/requests/list";
    }

    /** The home page's part: requests still open (received or in progress), the newest first. */
    @GetMapping("/t/{centre}/requests/open")
    String open(Model model, Locale locale) {
        allowed.require("REQUEST_READ");
        List<RequestView> open = new ArrayList<>();
        open.addAll(service.list(new RequestFilter(RequestStatus.RECEIVED, null, null, null, null, null), 0, 10).items());
        open.addAll(service.list(new RequestFilter(RequestStatus.IN_PROGRESS, null, null, null, null, null), 0, 10).items());
        model.addAttribute("requests", open);
        model.addAttribute("types", types.allLabels(locale));
        model.addAttribute("names", beneficiaries.displayNames(open.stream().map(RequestView::beneficiaryId).toList()));
        return "pages/requests/list";
    }

    /**
     * Follow-ups due: requests still open a month after they were received, the oldest first (a month is the
     * answer time the centres aim for; request types carry no expected time of their own yet).
     */
    @GetMapping("/t/{centre}/requests/overdue")
    String overdue(Model model, Locale locale) {
        allowed.require("REQUEST_READ");
        LocalDate cutoff = LocalDate.now(ATHENS).minusDays(EXPECTED_DAYS);
        List<RequestView> late = new ArrayList<>();
        late.addAll(service.list(new RequestFilter(RequestStatus.RECEIVED, null, null, null, null, cutoff), 0, 10).items());
        late.addAll(service.list(new RequestFilter(RequestStatus.IN_PROGRESS, null, null, null, null, cutoff), 0, 10).items());
        late.sort(java.util.Comparator.comparing(RequestView::receivedOn));
        return home(late, "page.home.noOverdueRequests", model, locale);
    }

    /** New since my last visit: requests registered after {@code since} (epoch seconds), by anyone. */
    @GetMapping("/t/{centre}/requests/since")
    String since(@org.springframework.web.bind.annotation.RequestParam long since, Model model, Locale locale) {
        allowed.require("REQUEST_READ");
        return home(service.registeredSince(java.time.Instant.ofEpochSecond(since), 10), "page.home.nothingNew",
                model, locale);
    }

    private String home(List<RequestView> requests, String emptyText, Model model, Locale locale) {
        model.addAttribute("requests", requests);
        model.addAttribute("types", types.allLabels(locale));
        model.addAttribute("names", beneficiaries.displayNames(requests.stream().map(RequestView::beneficiaryId).toList()));
        model.addAttribute("emptyText", emptyText);
        return "pages/requests/list";
    }

    @GetMapping("/t/{centre}/people/{id}/requests/new")
    String newRequest(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("REQUEST_REGISTER");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("receivedOn", PageForms.DAY.format(LocalDate.now(ATHENS)));
        defaults.put("channel", Channel.WALK_IN.name());
        defaults.put("assignee", CurrentStaff.username());
        return form(id, model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/requests")
    String register(@PathVariable String centre, @PathVariable UUID id,
            @Valid @ModelAttribute("newRequest") NewRequest newRequest, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("REQUEST_REGISTER");
        if (newRequest != null && newRequest.beneficiaryId() != null && !newRequest.beneficiaryId().equals(id)) {
            throw gr.kentra.cases.system.RecordProblems.notFound("problem.beneficiary.notFound");
        }
        return PageForms.submit(request, response, binding, FIELDS, messages, locale,
                () -> service.register(newRequest), "/t/" + centre + "/people/" + id,
                (typed, errors) -> form(id, model, typed, errors, locale));
    }

    private String form(UUID person, Model model, Map<String, String> typed, Map<String, String> errors,
            Locale locale) {
        model.addAttribute("personId", person);
        model.addAttribute("personName", beneficiaries.displayNames(List.of(person)).get(person));
        if (!model.containsAttribute("personName") || model.getAttribute("personName") == null) {
            throw gr.kentra.cases.system.RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("types", types.activeLabels(locale));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.request." + field, messages, locale));
        return "pages/requests/new";
    }
}
