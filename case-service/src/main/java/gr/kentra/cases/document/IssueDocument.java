package gr.kentra.cases.document;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Issue a document about the person: {@code recordId} names the completed social investigation or the referral
 * the document comes from (required for those two, ignored for the attestation); {@code language} {@code el}
 * (default) or {@code en}.
 */
record IssueDocument(@NotNull DocumentType type, UUID recordId, @Pattern(regexp = "el|en") String language) {

    String languageOrDefault() {
        return language == null ? "el" : language;
    }
}
