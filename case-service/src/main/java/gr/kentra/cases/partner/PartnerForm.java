package gr.kentra.cases.partner;

import gr.kentra.cases.directory.PartnerKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST and PUT; on PUT the {@code version} read (a stale version is a 409). */
@Schema(example = """
        {"name":"Κοινωνικό Παντοπωλείο Δήμου Μοσχάτου-Ταύρου","kind":"MUNICIPAL_SOCIAL_GROCERY",
         "contact":"210 4850 000, Πειραιώς 100","active":true,"version":0}""")
record PartnerForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerKind kind,
        @Size(max = 500) String contact,
        Boolean active,
        Long version) {
}
