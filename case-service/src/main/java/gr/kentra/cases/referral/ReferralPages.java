package gr.kentra.cases.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Referrals on the pages: the card's list and the home page's follow-ups due (awaiting an answer, date passed). */
@Controller
@CentrePage
class ReferralPages {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private final ReferralService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    ReferralPages(ReferralService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/referrals")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("REFERRAL_READ");
        model.addAttribute("referrals", service.list(new ReferralFilter(null, null, id, null, false), 0, 50).items());
        model.addAttribute("names", Map.of());
        model.addAttribute("today", LocalDate.now(ATHENS));
        return "pages/referrals/list";
    }

    @GetMapping("/t/{centre}/referrals/due")
    String due(Model model) {
        allowed.require("REFERRAL_READ");
        List<ReferralView> due = service.list(new ReferralFilter(null, null, null, null, true), 0, 20).items();
        model.addAttribute("referrals", due);
        model.addAttribute("names", beneficiaries.displayNames(due.stream().map(ReferralView::beneficiaryId).toList()));
        model.addAttribute("today", LocalDate.now(ATHENS));
        return "pages/referrals/list";
    }
}
