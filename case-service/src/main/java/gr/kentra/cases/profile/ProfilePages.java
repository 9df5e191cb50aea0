package gr.kentra.cases.profile;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The socio-economic profile on the card (the ESF participant data), read as the API reads it, audited. */
@Controller
@CentrePage
class ProfilePages {

    private final ProfileService service;
    private final Beneficiaries beneficiaries;
    private final Allowed allowed;

    ProfilePages(ProfileService service, Beneficiaries beneficiaries, Allowed allowed) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/profile")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("CARD_READ");
        if (beneficiaries.displayNames(List.of(id)).isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        ProfileView profile;
        try {
            profile = service.find(id);
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() != 404) {
                throw e;
            }
            profile = null; // none recorded yet
        }
        model.addAttribute("profile", profile);
        return "pages/profile/part";
    }
}
