package gr.kentra.cases.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One place a service is given at (HSDS: a location with its physical address, linked by a service_at_location).
 * {@code id} is the location's: kept when an edit names one the service already has, new otherwise. A Greek postal
 * code is five digits, as written on letters ({@code 11743} or {@code 117 43}).
 */
@Embeddable
public record ServiceLocation(
        UUID id,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Column(name = "postal_code") @Pattern(regexp = "^[0-9]{3} ?[0-9]{2}$") String postalCode) {

    /** The row on one line, for the page's list. */
    public String text() {
        return String.join(", ", java.util.stream.Stream.of(address, city, postalCode).filter(java.util.Objects::nonNull).toList());
    }

    boolean blank() {
        return DirectoryForm.blankToNull(address) == null && DirectoryForm.blankToNull(city) == null
                && DirectoryForm.blankToNull(postalCode) == null;
    }

    /**
     * The rows given, blank ones left out and text stripped; an id is kept only if {@code current} holds it (once),
     * so that a client never chooses a new row's id.
     */
    static List<ServiceLocation> of(List<ServiceLocation> given, List<ServiceLocation> current) {
        List<ServiceLocation> rows = new ArrayList<>();
        Set<UUID> known = new HashSet<>(current.stream().map(ServiceLocation::id).toList());
        for (ServiceLocation row : given == null ? List.<ServiceLocation>of() : given) {
            if (row == null || row.blank()) {
                continue;
            }
            UUID id = row.id() != null && known.remove(row.id()) ? row.id() : UUID.randomUUID();
            rows.add(new ServiceLocation(id, DirectoryForm.blankToNull(row.address()),
                    DirectoryForm.blankToNull(row.city()), DirectoryForm.blankToNull(row.postalCode())));
        }
        return List.copyOf(rows);
    }
}
