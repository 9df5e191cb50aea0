package gr.kentra.cases.web;

import java.util.Locale;
import java.util.function.Consumer;

import gr.kentra.cases.system.Allowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A list of the centre's records as a page and as a file, written once: the feature's controller maps its address
 * ({@code @RequestMapping("/t/{centre}/…")}, the file at {@code …/export}), names the permission both need and
 * says how its filters make a {@link Listing}; every record shown or exported goes to {@code audited}, since a
 * list of people's records is personal data.
 *
 * @param <F> the feature's filters, as typed in the address
 * @param <T> the records listed
 */
public abstract class ListPage<F, T> {

    private final String permission;
    private final Consumer<? super T> audited;
    private final Allowed allowed;
    protected final Lists lists;

    protected ListPage(String permission, Consumer<? super T> audited, Allowed allowed, Lists lists) {
        this.permission = permission;
        this.audited = audited;
        this.allowed = allowed;
        this.lists = lists;
    }

    /** The records the feature's filters find, as the page and the file show them. */
    protected abstract Listing<T> listing(String centre, F filters, Locale locale);

    /** What the page shows besides the list (nothing unless the feature says). */
    protected void besideTheList(F filters, Model model) {
    }

    @GetMapping
    @Transactional
    public String list(@PathVariable String centre, @ModelAttribute("filters") F filters, ListQuery query,
            HttpServletRequest request, Model model, Locale locale) {
        allowed.require(permission);
        String template = lists.show(listing(centre, filters, locale), query, request, model, audited);
        besideTheList(filters, model);
        return template;
    }

    @GetMapping("/export")
    @Transactional
    public ResponseEntity<byte[]> export(@PathVariable String centre, @ModelAttribute("filters") F filters,
            ListQuery query, @RequestParam(required = false) String format, Locale locale) {
        allowed.require(permission);
        return lists.download(listing(centre, filters, locale), query, format, audited);
    }
}
