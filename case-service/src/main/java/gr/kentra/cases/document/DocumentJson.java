package gr.kentra.cases.document;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued document in the API. {@code verificationCode} and {@code verifyUrl} are given once, in the answer
 * to the issue (the centre keeps only the code's hash; it is printed on the document); {@code pdf} is the
 * address of the file as issued, null once erasure has removed it.
 */
record DocumentJson(UUID id, UUID beneficiaryId, DocumentType type, UUID recordId, String protocol,
        int protocolYear, int protocolNumber, String language, Instant issuedAt, String issuedBy, String sha256,
        String pdf, String verificationCode, String verifyUrl) {

    static DocumentJson of(UUID person, DocumentView view) {
        return new DocumentJson(view.id(), person, view.type(), view.recordId(), view.protocol(),
                view.protocolYear(), view.protocolNumber(), view.language(), view.issuedAt(), view.issuedBy(),
                view.sha256(), view.kept() ? "/api/beneficiaries/" + person + "/documents/" + view.id() : null,
                null, null);
    }

    DocumentJson withCode(String code, String url) {
        return new DocumentJson(id, beneficiaryId, type, recordId, protocol, protocolYear, protocolNumber, language,
                issuedAt, issuedBy, sha256, pdf, code, url);
    }
}
