package gr.kentra.cases.homeless;

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

/** A person's entries in the homeless register on the card, newest first (each audited as the list audits it). */
@Controller
@CentrePage
class HomelessPages {

    private final HomelessService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    HomelessPages(HomelessService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/homeless")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("HOMELESS_READ");
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        model.addAttribute("entries", service.list(new EntryFilter(null, null, id, null, null, null), 0, 20).items());
        return "pages/homeless/part";
    }
}
