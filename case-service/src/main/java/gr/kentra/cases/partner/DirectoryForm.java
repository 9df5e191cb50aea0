package gr.kentra.cases.partner;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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
 * {@code organizationName} (the service's name when absent).
 */
@Schema(example = """
        {"scope":"PRIVATE","name":"Κοινωνικό Φαρμακείο Περιφέρειας","kind":"MUNICIPAL_SOCIAL_PHARMACY",
         "organizationName":"Περιφέρεια Αττικής","phone":"213 2063 000","email":"pharmacy@example.gr",
         "address":"Συγγρού 15","city":"Αθήνα","postalCode":"11743","serviceArea":"Αττική",
         "eligibilityDescription":"Ανασφάλιστοι και χαμηλοσυνταξιούχοι","minimumAge":18}""")
record DirectoryForm(
        DirectoryScope scope,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 2000) String description,
        UUID organizationId,
        @Size(max = 200) String organizationName,
        @Size(max = 2000) String organizationDescription,
        @Size(max = 500) String contact,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()./-]*$") String phone,
        @Size(max = 254) @Email String email,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Size(max = 10) String postalCode,
        @Size(max = 200) String serviceArea,
        @Size(max = 2000) String eligibilityDescription,
        @Min(0) @Max(120) Integer minimumAge,
        @Min(0) @Max(120) Integer maximumAge) {

    DirectoryScope scopeOrPrivate() {
        return scope == null ? DirectoryScope.PRIVATE : scope;
    }

    /** A new active entry with a new id (and new organization and location ids where none is given). */
    DirectoryEntry toEntry() {
        UUID id = UUID.randomUUID();
        String address = blankToNull(this.address);
        String city = blankToNull(this.city);
        String postalCode = blankToNull(this.postalCode);
        boolean located = address != null || city != null || postalCode != null;
        return new DirectoryEntry(id, scopeOrPrivate(), name.strip(), kind, blankToNull(description), true,
                organizationId == null ? UUID.randomUUID() : organizationId,
                blankToNull(organizationName) == null ? name.strip() : organizationName.strip(),
                blankToNull(organizationDescription), blankToNull(contact), blankToNull(phone), blankToNull(email),
                located ? UUID.randomUUID() : null, address, city, postalCode, blankToNull(serviceArea),
                blankToNull(eligibilityDescription), minimumAge, maximumAge, 0L);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
