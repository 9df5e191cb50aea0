package gr.kentra.cases.request;

import static gr.kentra.cases.system.Edits.blankToNull;
import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A request a person brought to the centre, and how it was handled. */
@Entity
@Table(name = "service_request")
class ServiceRequest implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "type_code", nullable = false)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String description;

    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    private String outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private Long version;

    protected ServiceRequest() {
    }

    static ServiceRequest register(NewRequest request, String registeredBy, Instant now) {
        ServiceRequest r = new ServiceRequest();
        r.id = UUID.randomUUID();
        r.beneficiaryId = request.beneficiaryId();
        r.type = request.type();
        r.channel = request.channel();
        r.receivedOn = request.receivedOn();
        r.description = request.description().strip();
        r.assignee = blankToNull(request.assignee());
        r.status = RequestStatus.RECEIVED;
        r.registeredBy = registeredBy;
        r.registeredAt = now;
        return r;
    }

    /** Takes over the change; returns the names of the fields that changed (never their values). */
    List<String> apply(RequestChange change) {
        List<String> changed = new ArrayList<>();
        type = track(changed, "type", type, change.type());
        channel = track(changed, "channel", channel, change.channel());
        receivedOn = track(changed, "receivedOn", receivedOn, change.receivedOn());
        description = track(changed, "description", description, change.description().strip());
        assignee = track(changed, "assignee", assignee, blankToNull(change.assignee()));
        return changed;
    }

    /**
     * Moves to {@code to} if the workflow allows it from here (409 naming the allowed states if not); a closing
     * status needs an outcome and records the day it closed.
     */
    void moveTo(RequestStatus to, String outcome, LocalDate today) {
        status.requireMoveTo(to);
        if (to.closed() && (outcome == null || outcome.isBlank())) {
            throw new InvalidField("outcome", "problem.outcomeRequired");
        }
        enter(to, outcome, today);
    }

    /** A referral made from this open request closes it as REFERRED, whether or not work had started. */
    void referred(String outcome, LocalDate today) {
        if (status.closed()) {
            throw RecordProblems.illegalTransition(status, RequestStatus.REFERRED, status.next());
        }
        enter(RequestStatus.REFERRED, outcome, today);
    }

    private void enter(RequestStatus to, String outcome, LocalDate today) {
        status = to;
        if (to.closed()) {
            this.outcome = outcome.strip();
            this.closedOn = today;
        }
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    String type() { return type; }
    Channel channel() { return channel; }
    LocalDate receivedOn() { return receivedOn; }
    String description() { return description; }
    String assignee() { return assignee; }
    RequestStatus status() { return status; }
    String outcome() { return outcome; }
    LocalDate closedOn() { return closedOn; }
    String registeredBy() { return registeredBy; }
    Instant registeredAt() { return registeredAt; }
    Long version() { return version; }
}
