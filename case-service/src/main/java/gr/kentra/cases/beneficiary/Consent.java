package gr.kentra.cases.beneficiary;

import java.time.LocalDate;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Consent to processing (given or refused), when it was recorded and the legal basis of processing. */
@Schema(example = """
        {"given":true,"date":"2026-03-02","legalBasis":"CONSENT"}""")
record Consent(@NotNull Boolean given, @NotNull @CaseworkDate LocalDate date, @NotNull LegalBasis legalBasis) {

    static final Consent NONE = new Consent(false, null, null);
}
