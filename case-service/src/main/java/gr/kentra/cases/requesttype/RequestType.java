package gr.kentra.cases.requesttype;

import static gr.kentra.cases.system.Edits.track;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of a centre's request type catalogue. The standard types are seeded by the tenant changelog; a
 * centre adds its own. Entries are never deleted (requests point at them): an unused one is deactivated.
 */
@Entity
@Table(name = "request_type")
class RequestType {

    @Id
    private String code;

    @Column(name = "label_el", nullable = false)
    private String labelEl;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(nullable = false)
    private boolean standard;

    @Column(nullable = false)
    private boolean active;

    @Version
    private Long version;

    protected RequestType() {
    }

    static RequestType ofCentre(NewRequestType request) {
        RequestType type = new RequestType();
        type.code = request.code();
        type.labelEl = request.labelEl().strip();
        type.labelEn = request.labelEn().strip();
        type.standard = false;
        type.active = true;
        return type;
    }

    /** Takes over the change; returns the names of the fields that changed. */
    List<String> apply(RequestTypeChange change) {
        List<String> changed = new ArrayList<>();
        labelEl = track(changed, "labelEl", labelEl, change.labelEl().strip());
        labelEn = track(changed, "labelEn", labelEn, change.labelEn().strip());
        active = track(changed, "active", active, change.active());
        return changed;
    }

    String code() { return code; }
    String labelEl() { return labelEl; }
    String labelEn() { return labelEn; }
    boolean standard() { return standard; }
    boolean active() { return active; }
    Long version() { return version; }
}
