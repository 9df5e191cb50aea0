package gr.kentra.cases.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of PUT /api/directory/services/{id}: the regional entry as it should be, made on {@code version} (a 409
 * if it changed meanwhile). Its organization stays as it is (other services may share it); {@code active} left out
 * keeps it.
 */
@Schema(example = """
        {"name":"Κοινωνικό Φαρμακείο Περιφέρειας","kind":"MUNICIPAL_SOCIAL_PHARMACY","phone":"213 2063 000",
         "email":"pharmacy@example.gr","address":"Συγγρού 15","city":"Αθήνα","postalCode":"11743",
         "serviceArea":"Αττική","eligibilityDescription":"Ανασφάλιστοι","minimumAge":18,"active":true,"version":0}""")
record DirectoryEdit(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 2000) String description,
        @Size(max = 500) String contact,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()./-]*$") String phone,
        @Size(max = 254) @Email String email,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Size(max = 10) String postalCode,
        @Size(max = 200) String serviceArea,
        @Size(max = 2000) String eligibilityDescription,
        @Min(0) @Max(120) Integer minimumAge,
        @Min(0) @Max(120) Integer maximumAge,
        Boolean active,
        @NotNull Long version) {

    /** The entry changed by this edit; a location id only once it has an address, kept after. */
    DirectoryEntry applyTo(DirectoryEntry e) {
        String address = DirectoryForm.blankToNull(this.address);
        String city = DirectoryForm.blankToNull(this.city);
        String postalCode = DirectoryForm.blankToNull(this.postalCode);
        boolean located = address != null || city != null || postalCode != null;
        java.util.UUID location = e.locationId() != null ? e.locationId()
                : located ? java.util.UUID.randomUUID() : null;
        return new DirectoryEntry(e.id(), e.scope(), name.strip(), kind, DirectoryForm.blankToNull(description),
                active == null ? e.active() : active, e.organizationId(), e.organizationName(),
                e.organizationDescription(), DirectoryForm.blankToNull(contact), DirectoryForm.blankToNull(phone),
                DirectoryForm.blankToNull(email), location, address, city, postalCode,
                DirectoryForm.blankToNull(serviceArea), DirectoryForm.blankToNull(eligibilityDescription), minimumAge,
                maximumAge, e.version());
    }
}
