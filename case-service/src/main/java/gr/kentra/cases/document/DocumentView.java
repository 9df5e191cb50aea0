package gr.kentra.cases.document;

import java.time.Instant;
import java.util.UUID;

/** A line of the register without the PDF (read by the JPQL projection of {@link IssuedDocumentRepository}). */
record DocumentView(UUID id, DocumentType type, UUID recordId, int protocolYear, int protocolNumber, String language,
        Instant issuedAt, String issuedBy, String sha256, boolean kept) {

    /** As printed: number/year, e.g. {@code 17/2026}. */
    String protocol() {
        return protocolNumber + "/" + protocolYear;
    }
}
