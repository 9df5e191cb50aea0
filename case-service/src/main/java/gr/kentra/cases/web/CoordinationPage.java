package gr.kentra.cases.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's corner: caseload, audit trail, the catalogue and directory upkeep, opening hours. Each link
 * is offered by the permission its page checks; the page itself shows nothing of its own.
 */
@Controller
@CentrePage
class CoordinationPage {

    @GetMapping("/t/{centre}/coordination")
    String coordination() {
        return "pages/coordinator/index";
    }

    /** The accessibility statement (Directive (EU) 2016/2102, Law 4727/2020), linked from every page's footer. */
    @GetMapping("/t/{centre}/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }
}
