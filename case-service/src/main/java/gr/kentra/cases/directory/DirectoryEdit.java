package gr.kentra.cases.directory;

import java.util.List;

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
 * The body of PUT /api/directory/services/{id}: the regional entry as it should be, made on {@code version} (a 409
 * if it changed meanwhile). Its organization stays as it is (other services may share it); {@code active} left out
 * keeps it. {@code locations}, {@code contacts} and {@code serviceAreas} are the whole lists (left out: none); a row
 * naming the {@code id} of one the entry has keeps that id, any other row gets a new one.
 */
@Schema(example = """
        {"name":"Κοινωνικό Φαρμακείο Περιφέρειας","kind":"MUNICIPAL_SOCIAL_PHARMACY","phone":"213 2063 000",
         "email":"pharmacy@example.gr","locations":[{"id":"1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6",
         "address":"Συγγρού 15","city":"Αθήνα","postalCode":"11743"},{"address":"Πειραιώς 100","city":"Μοσχάτο",
         "postalCode":"18345"}],"contacts":[{"name":"Γραμματεία","phone":"213 2063 001"}],
         "serviceAreas":[{"name":"Αττική"}],"eligibilityDescription":"Ανασφάλιστοι","minimumAge":18,"active":true,"version":0}""")
record DirectoryEdit(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 2000) String description,
        @Size(max = 40) @Pattern(regexp = "^[0-9 +()./-]*$") String phone,
        @Size(max = 254) @Email String email,
        @Size(max = DirectoryForm.MAX_ROWS) List<@Valid ServiceLocation> locations,
        @Size(max = DirectoryForm.MAX_ROWS) List<@Valid ServiceContact> contacts,
        @Size(max = DirectoryForm.MAX_ROWS) List<@Valid ServiceArea> serviceAreas,
        @Size(max = 2000) String eligibilityDescription,
        @Min(0) @Max(120) Integer minimumAge,
        @Min(0) @Max(120) Integer maximumAge,
        Boolean active,
        @NotNull Long version) {

    /** The entry changed by this edit: its organization kept, its rows' ids kept where named. */
    DirectoryEntry applyTo(DirectoryEntry e) {
        return new DirectoryEntry(e.id(), e.scope(), name.strip(), kind, DirectoryForm.blankToNull(description),
                active == null ? e.active() : active, e.organizationId(), e.organizationName(),
                e.organizationDescription(), DirectoryForm.blankToNull(phone), DirectoryForm.blankToNull(email),
                ServiceArea.of(serviceAreas, e.serviceAreas()), DirectoryForm.blankToNull(eligibilityDescription),
                minimumAge, maximumAge, ServiceLocation.of(locations, e.locations()),
                ServiceContact.of(contacts, e.contacts()), e.version());
    }
}
