package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.partner.Partners;
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
 * Referrals on the pages: the card's list, the home page's follow-ups due (awaiting an answer, date passed), and
 * a referral started from the card to a service of the directory (the region's or the centre's own) and the partner
 * that follows it up, checked by the API's record and service.
 */
@Controller
@CentrePage
class ReferralPages {

    static final List<String> FIELDS = List.of("directoryServiceId", "partnerId", "requestId", "reason", "sentOn",
            "followUpOn");
    private static final ZoneId ATHENS = Athens.ZONE;

    private final ReferralService service;
    private final Beneficiaries beneficiaries;
    private final Partners partners;
    private final Requests requests;
    private final RequestTypes types;
    private final Allowed allowed;
    private final MessageSource messages;

    ReferralPages(ReferralService service, Beneficiaries beneficiaries, Partners partners, Requests requests,
            RequestTypes types, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.partners = partners;
        this.requests = requests;
        this.types = types;
        this.allowed = allowed;
        this.messages = messages;
    }

    @InitBinder("newReferral")
    void binding(WebDataBinder binder) {
        PageForms.prepare(binder);
    }

    @GetMapping("/t/{centre}/people/{id}/referrals")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("REFERRAL_READ");
        List<ReferralView> referrals = service.list(new ReferralFilter(null, null, id, null, false), 0, 50).items();
        model.addAttribute("referrals", referrals);
        model.addAttribute("names", Map.of());
        model.addAttribute("partners", partners.names());
        model.addAttribute("services", serviceNames(referrals));
        model.addAttribute("today", LocalDate.now(ATHENS));
        return "pages/referrals/list";
    }

    @GetMapping("/t/{centre}/referrals/due")
    String due(Model model) {
        allowed.require("REFERRAL_READ");
        List<ReferralView> due = service.list(new ReferralFilter(null, null, null, null, true), 0, 20).items();
        model.addAttribute("referrals", due);
        model.addAttribute("names", beneficiaries.displayNames(due.stream().map(ReferralView::beneficiaryId).toList()));
        model.addAttribute("partners", partners.names());
        model.addAttribute("services", serviceNames(due));
        model.addAttribute("today", LocalDate.now(ATHENS));
        return "pages/referrals/list";
    }

    @GetMapping("/t/{centre}/people/{id}/referrals/new")
    String newReferral(@PathVariable UUID id, Model model, Locale locale) {
        allowed.require("REFERRAL_WRITE");
        Map<String, String> defaults = new HashMap<>();
        defaults.put("sentOn", PageForms.DAY.format(LocalDate.now(ATHENS)));
        defaults.put("followUpOn", PageForms.DAY.format(LocalDate.now(ATHENS).plusDays(14)));
        return form(id, model, defaults, Map.of(), locale);
    }

    @PostMapping("/t/{centre}/people/{id}/referrals")
    String send(@PathVariable String centre, @PathVariable UUID id,
            @Valid @ModelAttribute("newReferral") NewReferral newReferral, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("REFERRAL_WRITE");
        if (newReferral != null && newReferral.beneficiaryId() != null && !newReferral.beneficiaryId().equals(id)) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        return PageForms.submit(request, response, binding, FIELDS, messages, locale, () -> service.send(newReferral),
                "/t/" + centre + "/people/" + id, (typed, errors) -> form(id, model, typed, errors, locale));
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
        model.addAttribute("partnerChoices", partners.active());
        // The directory's services, grouped: the region's shared ones, then the centre's own.
        Map<Boolean, List<Partners.Summary>> services = partners.activeServices().stream()
                .collect(Collectors.partitioningBy(Partners.Summary::own));
        model.addAttribute("regionalServices", services.get(false));
        model.addAttribute("ownServices", services.get(true));
        model.addAttribute("openRequests", requests.openOf(person));
        model.addAttribute("types", types.allLabels(locale));
        model.addAttribute("labels", PageForms.labels(FIELDS, field -> "page.referral.field." + field, messages,
                locale));
        return "pages/referrals/new";
    }

    /** The directory service of each referral that names one other than its partner (a service of the region). */
    private Map<UUID, String> serviceNames(List<ReferralView> referrals) {
        Set<UUID> ids = referrals.stream().filter(r -> r.directoryServiceId() != null
                && !r.directoryServiceId().equals(r.partnerId())).map(ReferralView::directoryServiceId)
                .collect(Collectors.toSet());
        return partners.serviceNames(ids);
    }
}
