package gr.kentra.cases.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The directory as Open Referral HSDS 3.0 JSON: the API's paged list of organizations, each with its locations
 * (and their addresses) and its services (with phones, contacts with their phones, service areas, a
 * service-at-location link per location and the service type as an attribute with a taxonomy term). Field names are
 * HSDS's. Locations, contacts and service areas keep their own ids; the ids of the parts we hold one of per owner
 * (a service's phone and type attribute, a location's address, a contact's phone) or per pair (a service at a
 * location) are derived from their owners' ids, so they are stable and an export read back gives the same export.
 */
final class Hsds {

    /** The taxonomy of Kentra's service types (the partner kinds), named on every service's type attribute. */
    static final String TAXONOMY = "kentra-service-type";

    private Hsds() {
    }

    static UUID derived(UUID owner, String part) {
        return UUID.nameUUIDFromBytes((owner + "/" + part).getBytes(StandardCharsets.UTF_8));
    }

    static UUID termId(PartnerKind kind) {
        return UUID.nameUUIDFromBytes((TAXONOMY + "/" + kind.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** One page holding every organization; {@code label} names a service type in the reader's language. */
    static Map<String, Object> export(List<DirectoryEntry> entries, Function<PartnerKind, String> label) {
        Map<UUID, List<DirectoryEntry>> byOrganization = new LinkedHashMap<>();
        entries.forEach(e -> byOrganization.computeIfAbsent(e.organizationId(), id -> new ArrayList<>()).add(e));
        List<Map<String, Object>> organizations = byOrganization.values().stream()
                .map(services -> organization(services, label)).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total_items", organizations.size());
        page.put("total_pages", 1);
        page.put("page_number", 1);
        page.put("size", organizations.size());
        page.put("first_page", true);
        page.put("last_page", true);
        page.put("empty", organizations.isEmpty());
        page.put("contents", organizations);
        return page;
    }

    private static Map<String, Object> organization(List<DirectoryEntry> services,
            Function<PartnerKind, String> label) {
        DirectoryEntry first = services.getFirst();
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", first.organizationId().toString());
        organization.put("name", first.organizationName());
        put(organization, "description", first.organizationDescription());
        // A location several services are given at is one location of the organization (the first service's copy).
        Map<UUID, Map<String, Object>> locations = new LinkedHashMap<>();
        services.forEach(e -> e.locations().forEach(l -> locations.computeIfAbsent(l.id(),
                id -> location(l, e.organizationId()))));
        if (!locations.isEmpty()) {
            organization.put("locations", List.copyOf(locations.values()));
        }
        organization.put("services", services.stream().map(e -> service(e, label)).toList());
        return organization;
    }

    private static Map<String, Object> location(ServiceLocation l, UUID organizationId) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", l.id().toString());
        location.put("location_type", "physical");
        location.put("organization_id", organizationId.toString());
        if (l.address() != null || l.city() != null || l.postalCode() != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("id", derived(l.id(), "address").toString());
            address.put("location_id", l.id().toString());
            put(address, "address_1", l.address());
            put(address, "city", l.city());
            put(address, "postal_code", l.postalCode());
            address.put("country", "GR");
            address.put("address_type", "physical");
            location.put("addresses", List.of(address));
        }
        return location;
    }

    private static Map<String, Object> service(DirectoryEntry e, Function<PartnerKind, String> label) {
        String id = e.id().toString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id);
        service.put("organization_id", e.organizationId().toString());
        service.put("name", e.name());
        put(service, "description", e.description());
        put(service, "email", e.email());
        service.put("status", e.active() ? "active" : "inactive");
        put(service, "eligibility_description", e.eligibilityDescription());
        put(service, "minimum_age", e.minimumAge());
        put(service, "maximum_age", e.maximumAge());
        if (e.phone() != null) {
            service.put("phones", List.of(part(e.id(), "phone", "number", e.phone())));
        }
        if (!e.contacts().isEmpty()) {
            service.put("contacts", e.contacts().stream().map(c -> contact(c, e.id())).toList());
        }
        if (!e.serviceAreas().isEmpty()) {
            service.put("service_areas", e.serviceAreas().stream().map(a -> area(a, e.id())).toList());
        }
        if (!e.locations().isEmpty()) {
            service.put("service_at_locations", e.locations().stream().map(l -> part(e.id(),
                    "service_at_location/" + l.id(), "location_id", l.id().toString())).toList());
        }
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", termId(e.kind()).toString());
        term.put("code", e.kind().name());
        term.put("name", label.apply(e.kind()));
        term.put("description", label.apply(e.kind()));
        term.put("taxonomy", TAXONOMY);
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("id", derived(e.id(), "service_type").toString());
        attribute.put("link_id", id);
        attribute.put("link_type", "service_type");
        attribute.put("link_entity", "service");
        attribute.put("taxonomy_term_id", term.get("id"));
        attribute.put("taxonomy_term", term);
        service.put("attributes", List.of(attribute));
        return service;
    }

    private static Map<String, Object> contact(ServiceContact c, UUID service) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", c.id().toString());
        contact.put("service_id", service.toString());
        put(contact, "name", c.name());
        put(contact, "email", c.email());
        if (c.phone() != null) {
            Map<String, Object> phone = new LinkedHashMap<>();
            phone.put("id", derived(c.id(), "phone").toString());
            phone.put("contact_id", c.id().toString());
            phone.put("number", c.phone());
            contact.put("phones", List.of(phone));
        }
        return contact;
    }

    private static Map<String, Object> area(ServiceArea a, UUID service) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", a.id().toString());
        area.put("service_id", service.toString());
        area.put("name", a.name());
        put(area, "description", a.description());
        return area;
    }

    private static Map<String, Object> part(UUID service, String kind, String field, String value) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", derived(service, kind).toString());
        part.put("service_id", service.toString());
        part.put(field, value);
        return part;
    }

    private static void put(Map<String, Object> map, String field, Object value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
