package gr.kentra.cases.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

/**
 * One line of the centre's register of issued documents, with the PDF exactly as it was handed over (kept
 * rather than rendered again: a later template, font or centre name would change it). Never edited; erasure
 * clears {@code pdf} and leaves the register line, which names nobody.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocument implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentType type;

    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "protocol_year", nullable = false)
    private int protocolYear;

    @Column(name = "protocol_number", nullable = false)
    private int protocolNumber;

    @Column(name = "verification_hash", nullable = false)
    private String verificationHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "pdf_sha256", nullable = false)
    private String pdfSha256;

    private byte[] pdf;

    protected IssuedDocument() {
    }

    IssuedDocument(UUID id, UUID beneficiaryId, DocumentType type, UUID recordId, int protocolYear,
            int protocolNumber, String verificationHash, String language, Instant issuedAt, String issuedBy,
            byte[] pdf) {
        this.id = id;
        this.beneficiaryId = beneficiaryId;
        this.type = type;
        this.recordId = recordId;
        this.protocolYear = protocolYear;
        this.protocolNumber = protocolNumber;
        this.verificationHash = verificationHash;
        this.language = language;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.pdf = pdf;
        this.pdfSha256 = VerificationCode.sha256(pdf);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Always new: saving persists at once instead of looking for the id first. */
    @Override
    public boolean isNew() {
        return true;
    }

    UUID beneficiaryId() {
        return beneficiaryId;
    }

    DocumentType type() {
        return type;
    }

    UUID recordId() {
        return recordId;
    }

    int protocolYear() {
        return protocolYear;
    }

    int protocolNumber() {
        return protocolNumber;
    }

    String language() {
        return language;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    String issuedBy() {
        return issuedBy;
    }

    String pdfSha256() {
        return pdfSha256;
    }

    byte[] pdf() {
        return pdf;
    }
}
