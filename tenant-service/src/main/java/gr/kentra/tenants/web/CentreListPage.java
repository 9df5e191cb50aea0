package gr.kentra.tenants.web;

import java.util.Arrays;
import java.util.Optional;

import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.registry.CentreQuery;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreStatus;
import gr.kentra.tenants.centre.registry.CentreView;
import gr.kentra.tenants.lifecycle.ExportsDue;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' list of centres at {@code /admin/}: filters by region, status and generated or real, a
 * search box (htmx asks for the results table alone as the administrator types), paging and sorting. Unknown
 * filter values are ignored rather than refused: a page should not fail on a hand-edited address.
 */
@Controller
class CentreListPage {

    static final int PAGE_SIZE = 25;

    private final CentreService centres;
    private final ExportsDue exportsDue;

    CentreListPage(CentreService centres, ExportsDue exportsDue) {
        this.centres = centres;
        this.exportsDue = exportsDue;
    }

    @GetMapping({"/admin", "/admin/"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String status, @RequestParam(required = false) String generated,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Filters filters = new Filters(q == null ? "" : q.strip(), Region.ofCode(region).map(Region::code).orElse(""),
                status(status).map(Enum::name).orElse(""), "true".equals(generated) || "false".equals(generated)
                        ? generated : "", order(sort).parameter(),
                "desc".equals(dir) ? "desc" : "asc");
        CentreQuery query = new CentreQuery(status(status).orElse(null), Region.ofCode(region).orElse(null),
                filters.generated().isEmpty() ? null : Boolean.valueOf(filters.generated()), filters.q(),
                CentreQuery.Order.parse(filters.sort()).orElseThrow(), "desc".equals(filters.dir()), number(page),
                PAGE_SIZE);
        Page<CentreView> found = centres.search(query);
        model.addAttribute("filters", filters);
        model.addAttribute("centres", found);
        model.addAttribute("regions", Region.values());
        model.addAttribute("statuses", CentreStatus.values());
        model.addAttribute("exportsDue", exportsDue.count());
        // htmx's live search swaps only the results; history restores ask for the whole page.
        return htmx != null ? "admin/list :: results" : "admin/list";
    }

    /** The list's criteria as the page shows them back (and puts in its paging and sorting links). */
    record Filters(String q, String region, String status, String generated, String sort, String dir) {
    }

    private static Optional<CentreStatus> status(String value) {
        return Arrays.stream(CentreStatus.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    /** By name unless the administrator chose another order; an unknown one falls back to name too. */
    private static CentreQuery.Order order(String sort) {
        return sort == null || sort.isBlank() ? CentreQuery.Order.NAME
                : CentreQuery.Order.parse(sort).orElse(CentreQuery.Order.NAME);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
