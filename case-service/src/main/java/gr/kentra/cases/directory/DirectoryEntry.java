package gr.kentra.cases.directory;

import java.util.List;
import java.util.UUID;

/**
 * One service of the directory with what Open Referral (HSDS 3.0) hangs on it: its organization, its own phone and
 * e-mail, the places it is given at ({@code locations}), its contact points ({@code contacts}, each with a phone and an
 * e-mail), the areas it covers ({@code serviceAreas}) and its eligibility. Organisational data, never a person's.
 */
public record DirectoryEntry(UUID id, DirectoryScope scope, String name, PartnerKind kind, String description,
        boolean active, UUID organizationId, String organizationName, String organizationDescription,
        String phone, String email, List<ServiceArea> serviceAreas, String eligibilityDescription, Integer minimumAge,
        Integer maximumAge, List<ServiceLocation> locations, List<ServiceContact> contacts, Long version) {

    public DirectoryEntry {
        locations = locations == null ? List.of() : List.copyOf(locations);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }

    DirectoryEntry in(DirectoryScope other) {
        return new DirectoryEntry(id, other, name, kind, description, active, organizationId, organizationName,
                organizationDescription, phone, email, serviceAreas, eligibilityDescription, minimumAge, maximumAge,
                locations, contacts, version);
    }

    DirectoryEntry withActive(boolean now) {
        return new DirectoryEntry(id, scope, name, kind, description, now, organizationId, organizationName,
                organizationDescription, phone, email, serviceAreas, eligibilityDescription, minimumAge, maximumAge,
                locations, contacts, version);
    }

    DirectoryEntry withOrganization(UUID organization, String organizationName, String organizationDescription) {
        return new DirectoryEntry(id, scope, name, kind, description, active, organization, organizationName,
                organizationDescription, phone, email, serviceAreas, eligibilityDescription, minimumAge, maximumAge,
                locations, contacts, version);
    }
}
