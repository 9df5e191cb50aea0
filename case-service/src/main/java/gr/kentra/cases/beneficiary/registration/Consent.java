package gr.kentra.cases.beneficiary.registration;

import java.time.LocalDate;

import gr.kentra.cases.system.CaseworkDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * Consent to processing (given or refused), and when it was given with the basis it was given for. The date and
 * basis are required only when consent is recorded as given: a record registered without consent is written back
 * as read. The legal basis of processing itself is {@link ProcessingBasis}, which does not depend on consent.
 */
@Schema(example = """
        {"given":true,"date":"2026-03-02","legalBasis":"CONSENT"}""")
@ConsentDetails
public record Consent(@NotNull Boolean given, @CaseworkDate LocalDate date, LegalBasis legalBasis) {

    public static final Consent NONE = new Consent(false, null, null);
}
