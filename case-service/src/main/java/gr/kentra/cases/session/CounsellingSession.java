package gr.kentra.cases.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A counselling session. Its notes belong to its author: see {@link #viewFor(String)}. */
@Entity
@Table(name = "counselling_session")
class CounsellingSession {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionType type;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TopicCategory topic;

    @Column(nullable = false)
    private String author;

    private String notes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "counselling_session_participant", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "beneficiary_id", nullable = false)
    @BatchSize(size = 100)
    private Set<UUID> participants = new LinkedHashSet<>();

    protected CounsellingSession() {
    }

    CounsellingSession(SessionRequest request, String author, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.author = author;
        this.recordedAt = recordedAt;
        apply(request);
    }

    /** Applies an edit; returns the names of the fields that changed (for the audit trail, never values). */
    List<String> apply(SessionRequest request) {
        List<String> changed = new ArrayList<>();
        String newNotes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        Set<UUID> newParticipants = new LinkedHashSet<>(request.participants());
        if (type != request.type()) changed.add("type");
        if (!request.date().equals(heldOn)) changed.add("date");
        if (durationMinutes != request.durationMinutes()) changed.add("durationMinutes");
        if (topic != request.topic()) changed.add("topic");
        if (!Objects.equals(notes, newNotes)) changed.add("notes");
        if (!participants.equals(newParticipants)) changed.add("participants");
        type = request.type();
        heldOn = request.date();
        durationMinutes = request.durationMinutes();
        topic = request.topic();
        notes = newNotes;
        if (changed.contains("participants")) {
            participants.clear();
            participants.addAll(newParticipants);
        }
        return changed;
    }

    boolean writtenBy(String username) {
        return author.equals(username);
    }

    /** The session as {@code username} may see it: the notes only if they wrote them. */
    SessionView viewFor(String username) {
        boolean own = writtenBy(username);
        return new SessionView(id, type, heldOn, durationMinutes, participants(), topic, author,
                own ? notes : null, !own, recordedAt, version);
    }

    SessionView.Notes notes() {
        return new SessionView.Notes(id, author, notes);
    }

    SessionHeld held() {
        return new SessionHeld(id, type, participants(), heldOn);
    }

    /** Sorted so that a session reads the same however the database returned the rows. */
    List<UUID> participants() {
        return participants.stream().sorted().toList();
    }

    UUID id() { return id; }
    Long version() { return version; }
}
