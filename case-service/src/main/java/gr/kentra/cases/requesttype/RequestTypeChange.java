package gr.kentra.cases.requesttype;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of PUT: labels and the active flag (false = not offered for new requests), with the version read. */
@Schema(example = """
        {"labelEl":"Σχολικά γεύματα","labelEn":"School meals","active":false,"version":0}""")
record RequestTypeChange(
        @NotBlank @Size(max = 200) String labelEl,
        @NotBlank @Size(max = 200) String labelEn,
        @NotNull Boolean active,
        @NotNull Long version) {
}
