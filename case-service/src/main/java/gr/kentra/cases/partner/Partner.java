package gr.kentra.cases.partner;

import static gr.kentra.cases.system.Edits.track;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.directory.DirectoryEntry;
import gr.kentra.cases.directory.DirectoryScope;
import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.directory.ServiceArea;
import gr.kentra.cases.directory.ServiceContact;
import gr.kentra.cases.directory.ServiceLocation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

    // Its places and contact points, in the order given; a change to either is a change of the partner (version).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partner_location", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<ServiceLocation> locations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partner_contact", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<ServiceContact> contacts = new ArrayList<>();

    // The areas it covers, in the order given (HSDS service_areas).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "partner_service_area", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    private List<ServiceArea> serviceAreas = new ArrayList<>();

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
        active = e.active();
        organizationId = e.organizationId();
        organizationName = e.organizationName();
        organizationDescription = e.organizationDescription();
        description = e.description();
        email = e.email();
        phone = e.phone();
        replace(locations, e.locations());
        replace(contacts, e.contacts());
        replace(serviceAreas, e.serviceAreas());
        eligibilityDescription = e.eligibilityDescription();
        minimumAge = e.minimumAge();
        maximumAge = e.maximumAge();
    }

    DirectoryEntry entry() {
        return new DirectoryEntry(id, DirectoryScope.PRIVATE, name, kind, description, active, organizationId,
                organizationName, organizationDescription, phone, email, serviceAreas, eligibilityDescription,
                minimumAge, maximumAge, locations, contacts, version);
    }

    /** Only a real change touches the collection, so that the same import again leaves the version as it is. */
    private static <T> void replace(List<T> rows, List<T> now) {
        if (!rows.equals(now)) {
            rows.clear();
            rows.addAll(now);
        }
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
        String contact = track(changed, "contact", contact(),
                form.contact() == null || form.contact().isBlank() ? null : form.contact().strip());
        replace(contacts, withFirstName(contact));
        active = track(changed, "active", active, form.active() == null ? active : form.active());
        return changed;
    }

    /** The contacts with the first one's name set (a first one made, or dropped when nothing is left of it). */
    private List<ServiceContact> withFirstName(String name) {
        List<ServiceContact> now = new ArrayList<>(contacts);
        if (now.isEmpty()) {
            if (name != null) {
                now.add(new ServiceContact(UUID.randomUUID(), name, null, null));
            }
            return now;
        }
        ServiceContact first = now.getFirst();
        ServiceContact named = new ServiceContact(first.id(), name, first.phone(), first.email());
        if (named.blank()) {
            now.removeFirst();
        } else {
            now.set(0, named);
        }
        return now;
    }

    UUID id() { return id; }
    String name() { return name; }
    PartnerKind kind() { return kind; }
    /** The first contact point's name: what the partners API calls {@code contact}. */
    String contact() { return contacts.isEmpty() ? null : contacts.getFirst().name(); }
    boolean active() { return active; }
    Long version() { return version; }
}
