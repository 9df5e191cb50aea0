package gr.kentra.cases.session;

import java.util.UUID;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.CentrePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's counselling sessions on the card; the notes only for their author, as the API decides. */
@Controller
@CentrePage
class SessionPages {

    private final SessionService service;
    private final Allowed allowed;

    SessionPages(SessionService service, Allowed allowed) {
        this.service = service;
        this.allowed = allowed;
    }

    @GetMapping("/t/{centre}/people/{id}/sessions")
    String ofPerson(@PathVariable UUID id, Model model) {
        allowed.require("SESSION_READ");
        model.addAttribute("sessions", service.search(new SessionFilter(id, null, null, null, null), 0, 50).items());
        return "pages/sessions/list";
    }
}
