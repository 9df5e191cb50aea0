package gr.kentra.cases.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A staff member's home: her day. The page is the frame; each part (today's appointments, follow-ups due,
 * open requests) is a fragment served by the feature that owns the data, loaded as soon as the page is shown,
 * and offered only to the roles that may read it.
 */
@Controller
@CentrePage
class HomePage {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @GetMapping({"/t/{centre}", "/t/{centre}/"})
    String home(Model model) {
        model.addAttribute("today", LocalDate.now(ATHENS));
        return "pages/home";
    }
}
