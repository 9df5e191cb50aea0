package gr.kentra.cases.partner;

import static gr.kentra.cases.system.Edits.track;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service or structure the centre refers people to. Referrals point at it, so it is deactivated, not deleted. */
@Entity
@Table(name = "partner")
class Partner {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind;

    private String contact;

    @Column(nullable = false)
    private boolean active;

    // The Open Referral (HSDS) side of the entry; see DirectoryEntry.
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "organization_name", nullable = false)
    private String organizationName;

    @Column(name = "organization_description")
    private String organizationDescription;

    private String description;
    private String email;
    private String phone;

    @Column(name = "location_id")
    private UUID locationId;

    private String address;
    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "service_area")
    private String serviceArea;

    @Column(name = "eligibility_description")
    private String eligibilityDescription;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @Version
    private Long version;

    protected Partner() {
    }

    static Partner of(PartnerForm form) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.active = true;
        partner.organizationId = partner.id;
        partner.apply(form);
        return partner;
    }

    /** A private directory entry as given (its id kept: imports are idempotent on ids). */
    static Partner of(DirectoryEntry entry) {
        Partner partner = new Partner();
        partner.id = entry.id();
        partner.take(entry);
        return partner;
    }

    /** Takes over everything but the id and version (an import of the same entry changes nothing). */
    void take(DirectoryEntry e) {
        name = e.name();
        kind = e.kind();
        contact = e.contact();
        active = e.active();
        organizationId = e.organizationId();
        organizationName = e.organizationName();
        organizationDescription = e.organizationDescription();
        description = e.description();
        email = e.email();
        phone = e.phone();
        locationId = e.locationId();
        address = e.address();
        city = e.city();
        postalCode = e.postalCode();
        serviceArea = e.serviceArea();
        eligibilityDescription = e.eligibilityDescription();
        minimumAge = e.minimumAge();
        maximumAge = e.maximumAge();
    }

    DirectoryEntry entry() {
        return new DirectoryEntry(id, DirectoryScope.PRIVATE, name, kind, description, active, organizationId,
                organizationName, organizationDescription, contact, phone, email, locationId, address, city,
                postalCode, serviceArea, eligibilityDescription, minimumAge, maximumAge, version);
    }

    /** Takes over the form (an absent {@code active} keeps the flag); returns the names of the changed fields. */
    List<String> apply(PartnerForm form) {
        List<String> changed = new ArrayList<>();
        String oldName = name;
        name = track(changed, "name", name, form.name().strip());
        if (organizationId.equals(id) && (organizationName == null || organizationName.equals(oldName))) {
            // A partner that is its own organization (as every one before the directory) keeps its name.
            organizationName = name;
        }
        kind = track(changed, "kind", kind, form.kind());
        contact = track(changed, "contact", contact,
                form.contact() == null || form.contact().isBlank() ? null : form.contact().strip());
        active = track(changed, "active", active, form.active() == null ? active : form.active());
        return changed;
    }

    UUID id() { return id; }
    String name() { return name; }
    PartnerKind kind() { return kind; }
    String contact() { return contact; }
    boolean active() { return active; }
    Long version() { return version; }
}
