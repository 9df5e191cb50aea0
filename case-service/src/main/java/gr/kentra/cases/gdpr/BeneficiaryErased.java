package gr.kentra.cases.gdpr;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's identity was erased under GDPR Art. 17 (published in the erasure's transaction). The row, its id
 * and its coded data stay, so facts already derived from it remain countable; nothing identifying is carried.
 *
 * @param erasedOn the Athens day of the erasure
 */
public record BeneficiaryErased(UUID beneficiaryId, LocalDate erasedOn) {
}
