package gr.kentra.cases.distribution;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The goods a person received (TEBA/FEAD and others) on the card, newest first. */
@Controller
@CentrePage
class DistributionPages {

    private final DistributionService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    DistributionPages(DistributionService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/distributions")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("DISTRIBUTION_READ");
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("distributions",
                service.list(new DistributionFilter(id, null, null, null, null), 0, 20).items());
        return "pages/distribution/part";
    }
}
