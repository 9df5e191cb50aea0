package gr.kentra.cases.household;

import java.util.UUID;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's household on the card. */
@Controller
@CentrePage
class HouseholdPages {

    private final HouseholdService service;
    private final Allowed allowed;

    HouseholdPages(HouseholdService service, Allowed allowed) {
        this.service = service;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/household")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("HOUSEHOLD_READ");
        model.addAttribute("members", service.list(id));
        return "pages/household/list";
    }
}
