package gr.kentra.cases.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Filter, sort, page and export for every list of the centre's pages, written once. A feature's filters narrow
 * the records in the database; here the words typed are looked for in every column (accents and case ignored),
 * a column sorts the Greek way (Greek alphabetical order, dates as dates, numbers as numbers), and the page or the
 * file is cut. The feature audits the records returned (shown or exported), since they are personal data.
 */
@Component
public class Lists {

    public static final String TEMPLATE = "pages/lists/list";

    private final org.springframework.context.MessageSource messages;

    Lists(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    public String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    public Listing.Column column(String key, String code, Locale locale) {
        return new Listing.Column(key, text(code, locale));
    }

    public <E extends Enum<E>> Map<String, String> labels(Class<E> type, String prefix, Locale locale) {
        return labels(type, prefix, messages, locale);
    }

    /** 400 unless {@code format} is {@code csv} or {@code xlsx}. */
    public static ListExport.Format format(String format) {
        ListExport.Format as = ListExport.Format.of(format);
        if (as == null) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        return as;
    }

    /** Writes the whole list, filtered and sorted as on the page, as a file; returns it with the records for auditing. */
    public <T> Exported<T> export(Listing<T> listing, ListQuery query, ListExport.Format format) {
        List<List<Cell>> rows = new ArrayList<>();
        List<T> items = rows(listing, query, rows).items();
        return new Exported<>(file(format, listing, rows), items);
    }

    public record Exported<T>(ResponseEntity<byte[]> file, List<T> items) {
    }

    /** The records of the page shown, and every record the file holds. */
    public record Shown<T>(List<T> items) {
    }

    record Row<T>(T item, List<Cell> cells, String folded) {
    }

    /** Fills the model of {@link #TEMPLATE}; returns the records on the page, for the feature to audit. */
    public <T> List<T> page(Listing<T> listing, ListQuery query, HttpServletRequest request, Model model) {
        List<Row<T>> rows = arranged(listing, query);
        int pages = Math.max(1, (rows.size() + query.size() - 1) / query.size());
        int page = Math.min(query.page(), pages);
        List<Row<T>> shown = rows.subList((page - 1) * query.size(), Math.min(rows.size(), page * query.size()));
        String path = request.getRequestURI();
        model.addAttribute("listing", listing);
        model.addAttribute("cap", Listing.CAP);
        model.addAttribute("query", query);
        model.addAttribute("rows", shown.stream().map(Row::cells).toList());
        model.addAttribute("total", rows.size());
        model.addAttribute("pageNumber", page);
        model.addAttribute("pages", pages);
        model.addAttribute("listPath", path);
        model.addAttribute("sortLinks", sortLinks(listing, query, request));
        model.addAttribute("previous", page > 1 ? link(request, path, Map.of("page", String.valueOf(page - 1))) : null);
        model.addAttribute("next", page < pages ? link(request, path, Map.of("page", String.valueOf(page + 1))) : null);
        model.addAttribute("csv", link(request, path + "/export", Map.of("format", "csv", "page", "")));
        model.addAttribute("xlsx", link(request, path + "/export", Map.of("format", "xlsx", "page", "")));
        return shown.stream().map(Row::item).toList();
    }

    /** The whole list as the person filtered and sorted it, for a file; the records are returned for auditing. */
    public <T> Shown<T> rows(Listing<T> listing, ListQuery query, List<List<Cell>> into) {
        List<Row<T>> rows = arranged(listing, query);
        rows.forEach(row -> into.add(row.cells()));
        return new Shown<>(rows.stream().map(Row::item).toList());
    }

    public static ResponseEntity<byte[]> file(ListExport.Format format, Listing<?> listing, List<List<Cell>> rows) {
        return ListExport.file(format, listing.file(), listing.title(),
                listing.columns().stream().map(Listing.Column::label).toList(), rows);
    }

    /** A filter's value as typed in the address: an unknown code is no filter (the list shows everything). */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** The list page: fills the model and hands each record shown to {@code audited}; returns the template. */
    public <T> String show(Listing<T> listing, ListQuery query, HttpServletRequest request, Model model,
            java.util.function.Consumer<? super T> audited) {
        page(listing, query, request, model).forEach(audited);
        return TEMPLATE;
    }

    /** The whole list as a file (400 for an unknown format), each record in it handed to {@code audited}. */
    public <T> ResponseEntity<byte[]> download(Listing<T> listing, ListQuery query, String format,
            java.util.function.Consumer<? super T> audited) {
        Exported<T> exported = export(listing, query, format(format));
        exported.items().forEach(audited);
        return exported.file();
    }

    /** A from–to filter as typed; a "to" before "from" is read as that one day, never as an error. */
    public record Days(java.time.LocalDate from, java.time.LocalDate to) {

        public static Days of(String from, String to) {
            java.time.LocalDate first = day(from);
            java.time.LocalDate last = day(to);
            return new Days(first, last != null && first != null && last.isBefore(first) ? first : last);
        }
    }

    /** A day typed dd/mm/yyyy (or ISO); what is not a day is no filter. */
    public static java.time.LocalDate day(String value) {
        try {
            return PageForms.parseDay(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The labels of an enumeration's constants, in their order, from {@code prefix.CONSTANT} in the bundles. */
    public static <E extends Enum<E>> Map<String, String> labels(Class<E> type, String prefix,
            org.springframework.context.MessageSource messages, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            labels.put(constant.name(), messages.getMessage(prefix + "." + constant.name(), null, constant.name(),
                    locale));
        }
        return labels;
    }

    /** The records a feature's filters found: at most {@link Listing#CAP}, and whether there were more. */
    public static <T> List<T> capped(List<T> found) {
        return found.size() > Listing.CAP ? found.subList(0, Listing.CAP) : found;
    }

    <T> List<Row<T>> arranged(Listing<T> listing, ListQuery query) {
        List<Row<T>> rows = new ArrayList<>(listing.items().size());
        for (T item : listing.items()) {
            List<Cell> cells = listing.cells().apply(item);
            rows.add(new Row<>(item, cells, Folding.fold(String.join(" ", cells.stream().map(Cell::text).toList()))));
        }
        if (query.q() != null) {
            List<String> words = List.of(Folding.fold(query.q()).split("\\s+"));
            rows.removeIf(row -> !words.stream().allMatch(row.folded()::contains));
        }
        int column = columnIndex(listing, query.sort());
        if (column >= 0) {
            Comparator<Row<T>> order = Comparator.comparing(row -> row.cells().get(column), cellOrder());
            rows.sort(query.descending() ? order.reversed() : order);
        }
        return rows;
    }

    private static int columnIndex(Listing<?> listing, String key) {
        for (int i = 0; i < listing.columns().size(); i++) {
            if (listing.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Empty cells last; values of one kind by their own order; text by the Greek alphabet. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Cell> cellOrder() {
        Collator greek = Collator.getInstance(Locale.forLanguageTag("el-GR"));
        greek.setStrength(Collator.SECONDARY);
        greek.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return (a, b) -> {
            boolean aEmpty = a.value() == null || "".equals(a.value());
            boolean bEmpty = b.value() == null || "".equals(b.value());
            if (aEmpty || bEmpty) {
                return Boolean.compare(aEmpty, bEmpty);
            }
            if (!(a.value() instanceof String) && a.value() instanceof Comparable ca
                    && a.value().getClass() == b.value().getClass()) {
                return ca.compareTo(b.value());
            }
            return greek.compare(a.text(), b.text());
        };
    }

    /** Per column: the link that sorts by it (ascending, or descending when it already sorts ascending). */
    private static Map<String, String> sortLinks(Listing<?> listing, ListQuery query, HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Listing.Column column : listing.columns()) {
            boolean again = column.key().equals(query.sort()) && !query.descending();
            links.put(column.key(), link(request, request.getRequestURI(),
                    Map.of("sort", column.key(), "dir", again ? "desc" : "asc", "page", "")));
        }
        return links;
    }

    /** The current address with some parameters replaced (an empty value drops it); the language is not kept. */
    static String link(HttpServletRequest request, String path, Map<String, String> replaced) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        request.getParameterMap().forEach((name, values) -> {
            if (!replaced.containsKey(name) && !"lang".equals(name)) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        uri.queryParam(name, value);
                    }
                }
            }
        });
        replaced.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.build().encode().toUriString();
    }
}
