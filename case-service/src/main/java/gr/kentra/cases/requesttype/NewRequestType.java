package gr.kentra.cases.requesttype;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of POST: a centre's own type; its code is an upper-case constant like the standard ones. */
@Schema(example = """
        {"code":"SCHOOL_MEALS","labelEl":"Σχολικά γεύματα","labelEn":"School meals"}""")
record NewRequestType(
        @NotNull @Pattern(regexp = RequestTypes.CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) String labelEl,
        @NotBlank @Size(max = 200) String labelEn) {
}
