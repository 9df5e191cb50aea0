package gr.kentra.tenants.centre.registry;

import java.util.Locale;
import java.util.Optional;

import gr.kentra.tenants.centre.details.Region;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;

/**
 * A search of the registry: every criterion is optional; {@code text} matches id, names and municipality with
 * case and accents ignored. Paging is brought into range (page 0-100,000, size 1-500).
 */
@NamedInterface("registry")
public record CentreQuery(CentreStatus status, Region region, Boolean generated, String text, Order order,
        boolean descending, int page, int size) {

    /** What a list can be sorted by; the id breaks ties so paging is stable. */
    public enum Order {
        ID("id"), NAME("nameEl"), MUNICIPALITY("municipality"), REGION("region"), STATUS("status"),
        CREATED("createdAt"), UPDATED("updatedAt");

        private final String property;

        Order(String property) {
            this.property = property;
        }

        /** {@code name}, {@code municipality}, … as in {@code ?sort=name}; empty when unknown. */
        public static Optional<Order> parse(String value) {
            if (value == null || value.isBlank()) {
                return Optional.of(ID);
            }
            try {
                return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int MAX_SIZE = 500;

    public CentreQuery {
        order = order == null ? Order.ID : order;
        page = Math.clamp(page, 0, 100_000);
        size = Math.clamp(size, 1, MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    Pageable pageable() {
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, order.property);
        return PageRequest.of(page, size, order == Order.ID ? sort : sort.and(Sort.by(Sort.Direction.ASC, "id")));
    }

    /** The folded text as a LIKE pattern, or null; LIKE's own wildcards in the text are taken literally. */
    String pattern() {
        if (text == null) {
            return null;
        }
        String folded = SearchText.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
