package gr.kentra.cases.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The index of the centre's lists: each one offered only to the roles that may read it. */
@Controller
@CentrePage
class ListsPage {

    @GetMapping("/t/{centre}/lists")
    String lists() {
        return "pages/lists/index";
    }
}
