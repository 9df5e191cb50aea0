package gr.kentra.cases.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One version of a person's social history. Versions are only ever added; the newest is the current text. */
@Entity
@Immutable
@Table(name = "social_history_version")
class SocialHistoryVersion {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    protected SocialHistoryVersion() {
    }

    SocialHistoryVersion(UUID beneficiaryId, int version, String text, Instant writtenAt, String writtenBy) {
        this.id = UUID.randomUUID();
        this.beneficiaryId = beneficiaryId;
        this.version = version;
        this.text = text;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
    }

    int version() { return version; }
    String text() { return text; }
    Instant writtenAt() { return writtenAt; }
    String writtenBy() { return writtenBy; }
}
