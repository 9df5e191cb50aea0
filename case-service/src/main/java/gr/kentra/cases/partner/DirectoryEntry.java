package gr.kentra.cases.partner;

import java.util.UUID;

/**
 * One service of the directory with what Open Referral (HSDS 3.0) hangs on it: its organization, one location (its
 * address), one contact (name, phone, email), one service area and its eligibility. Organisational data, never a
 * person's. {@code contact} is free text (the partners' contact details before the directory).
 */
record DirectoryEntry(UUID id, DirectoryScope scope, String name, PartnerKind kind, String description,
        boolean active, UUID organizationId, String organizationName, String organizationDescription,
        String contact, String phone, String email, UUID locationId, String address, String city,
        String postalCode, String serviceArea, String eligibilityDescription, Integer minimumAge,
        Integer maximumAge, Long version) {

    DirectoryEntry in(DirectoryScope other) {
        return new DirectoryEntry(id, other, name, kind, description, active, organizationId, organizationName,
                organizationDescription, contact, phone, email, locationId, address, city, postalCode, serviceArea,
                eligibilityDescription, minimumAge, maximumAge, version);
    }

    DirectoryEntry withActive(boolean now) {
        return new DirectoryEntry(id, scope, name, kind, description, now, organizationId, organizationName,
                organizationDescription, contact, phone, email, locationId, address, city, postalCode, serviceArea,
                eligibilityDescription, minimumAge, maximumAge, version);
    }
}
