package gr.kentra.cases.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A list a centre works from, as its feature hands it to {@link Lists}: the title, the file name's "what" (e.g.
 * {@code aitimata}), the columns, the records the feature's own filters found (at most {@link #CAP}, newest
 * first), how each record reads as cells, and the filters to offer.
 *
 * @param truncated whether the feature's filters found more than {@link #CAP} records (the page says so)
 */
public record Listing<T>(String title, String file, List<Column> columns, List<T> items,
        Function<T, List<Cell>> cells, List<Filter> filters, boolean truncated) {

    /** A working list is what its filters find, up to this many records; more asks for narrower filters. */
    public static final int CAP = 2_000;

    /** What a list asks its repository for: the first {@link #CAP} records in this order, and one more to tell. */
    public static PageRequest request(Sort order) {
        return PageRequest.of(0, CAP + 1, order);
    }

    public record Column(String key, String label) {
    }

    /**
     * One of the feature's own filters: a choice among {@code options} (value → label), or a typed value when
     * {@code options} is null ({@code date} true for a dd/mm/yyyy day).
     */
    public record Filter(String name, String label, String value, Map<String, String> options, boolean date) {

        public static Filter choice(String name, String label, String value, Map<String, String> options) {
            return new Filter(name, label, value, options, false);
        }

        public static Filter day(String name, String label, java.time.LocalDate value) {
            return new Filter(name, label, value == null ? null : PageForms.DAY.format(value), null, true);
        }
    }
}
