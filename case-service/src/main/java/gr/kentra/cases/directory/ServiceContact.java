package gr.kentra.cases.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One contact point of a service (HSDS: a contact with its phone and e-mail): a desk or a named officer of the
 * partner organisation, never a person the centre serves. {@code id} as for {@link ServiceLocation}.
 */
@Embeddable
public record ServiceContact(
        UUID id,
        @Size(max = 500) String name,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()./-]*$") String phone,
        @Size(max = 254) @Email String email) {

    /** The row on one line, for the page's list. */
    public String text() {
        return String.join(", ", java.util.stream.Stream.of(name, phone, email).filter(java.util.Objects::nonNull).toList());
    }

    public boolean blank() {
        return DirectoryForm.blankToNull(name) == null && DirectoryForm.blankToNull(phone) == null
                && DirectoryForm.blankToNull(email) == null;
    }

    /** As {@link ServiceLocation#of}. */
    static List<ServiceContact> of(List<ServiceContact> given, List<ServiceContact> current) {
        List<ServiceContact> rows = new ArrayList<>();
        Set<UUID> known = new HashSet<>(current.stream().map(ServiceContact::id).toList());
        for (ServiceContact row : given == null ? List.<ServiceContact>of() : given) {
            if (row == null || row.blank()) {
                continue;
            }
            UUID id = row.id() != null && known.remove(row.id()) ? row.id() : UUID.randomUUID();
            rows.add(new ServiceContact(id, DirectoryForm.blankToNull(row.name()), DirectoryForm.blankToNull(row.phone()),
                    DirectoryForm.blankToNull(row.email())));
        }
        return List.copyOf(rows);
    }
}
