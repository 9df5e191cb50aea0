package gr.kentra.cases.directory;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of POST /api/directory/services. {@code scope} REGIONAL (coordinators only) or PRIVATE (the default);
 * {@code organizationId} joins an organization already in the directory, else a new one named
 * {@code organizationName} (the service's name when absent). {@code locations}, {@code contacts} and
 * {@code serviceAreas}: up to {@value #MAX_ROWS} each, blank rows left out, new ids given.
 */
@Schema(example = """
        {"scope":"PRIVATE","name":"Κοινωνικό Φαρμακείο Περιφέρειας","kind":"MUNICIPAL_SOCIAL_PHARMACY",
         "organizationName":"Περιφέρεια Αττικής","phone":"213 2063 000","email":"pharmacy@example.gr",
         "locations":[{"address":"Συγγρού 15","city":"Αθήνα","postalCode":"11743"},
          {"address":"Πειραιώς 100","city":"Μοσχάτο","postalCode":"18345"}],
         "contacts":[{"name":"Γραμματεία","phone":"213 2063 001","email":"grammateia@example.gr"}],
         "serviceAreas":[{"name":"Αττική"},{"name":"Δήμος Σαλαμίνας","description":"και τα νησάκια"}],
         "eligibilityDescription":"Ανασφάλιστοι και χαμηλοσυνταξιούχοι","minimumAge":18}""")
record DirectoryForm(
        DirectoryScope scope,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 2000) String description,
        UUID organizationId,
        @Size(max = 200) String organizationName,
        @Size(max = 2000) String organizationDescription,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()./-]*$") String phone,
        @Size(max = 254) @Email String email,
        @Size(max = MAX_ROWS) List<@Valid ServiceLocation> locations,
        @Size(max = MAX_ROWS) List<@Valid ServiceContact> contacts,
        @Size(max = MAX_ROWS) List<@Valid ServiceArea> serviceAreas,
        @Size(max = 2000) String eligibilityDescription,
        @Min(0) @Max(120) Integer minimumAge,
        @Min(0) @Max(120) Integer maximumAge) {

    /** At most this many locations, as many contacts and as many service areas, per service. */
    static final int MAX_ROWS = 20;

    DirectoryScope scopeOrPrivate() {
        return scope == null ? DirectoryScope.PRIVATE : scope;
    }

    /** A new active entry with a new id (and new organization, location and contact ids where none is given). */
    DirectoryEntry toEntry() {
        return new DirectoryEntry(UUID.randomUUID(), scopeOrPrivate(), name.strip(), kind, blankToNull(description),
                true, organizationId == null ? UUID.randomUUID() : organizationId,
                blankToNull(organizationName) == null ? name.strip() : organizationName.strip(),
                blankToNull(organizationDescription), blankToNull(phone), blankToNull(email),
                ServiceArea.of(serviceAreas, List.of()), blankToNull(eligibilityDescription), minimumAge, maximumAge,
                ServiceLocation.of(locations, List.of()), ServiceContact.of(contacts, List.of()), 0L);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
