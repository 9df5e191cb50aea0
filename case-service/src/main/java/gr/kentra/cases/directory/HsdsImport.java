package gr.kentra.cases.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads an HSDS 3.0 file (the paged list {@code {"contents": [organizations]}} of {@link Hsds#export}, or a bare
 * array of organizations) into directory entries, and every problem with it, each at its JSON pointer: the caller
 * saves nothing unless there is none. A service's locations are those its service_at_locations link (each an
 * organization's location, once), its contacts each with the first of their phones, its service areas; what the
 * directory holds one of (a service's phone, a location's address) is read from the first; HSDS fields the directory
 * does not keep are ignored.
 */
final class HsdsImport {

    /** A message code for the entry at {@code pointer} (RFC 6901). */
    record Problem(String pointer, String code) {
    }

    record Result(List<DirectoryEntry> entries, Map<UUID, String> pointers, List<Problem> problems) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> ACTIVE = Set.of("active");
    private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");

    private final List<Problem> problems = new ArrayList<>();
    private final List<DirectoryEntry> entries = new ArrayList<>();
    private final Map<UUID, String> pointers = new LinkedHashMap<>();

    /** The fields of an HSDS API page (organizations under {@code contents}). */
    private static final Set<String> PAGE = Set.of("total_items", "total_pages", "page_number",
            "size", "first_page", "last_page", "empty", "contents");

    private HsdsImport() {
    }

    static Result read(JsonNode body) {
        HsdsImport reader = new HsdsImport();
        JsonNode organizations = body == null ? null : body.isArray() ? body : body.get("contents");
        String base = body != null && body.isArray() ? "" : "/contents";
        if (organizations == null || !organizations.isArray()) {
            reader.problems.add(new Problem(base, "problem.hsds.notHsds"));
        } else if (organizations.isEmpty()) {
            reader.problems.add(new Problem(base, "problem.hsds.noOrganization"));
        } else {
            for (int i = 0; i < organizations.size(); i++) {
                reader.organization(organizations.get(i), base + "/" + i);
            }
        }
        // A page holds only the paging fields beside its contents: anything else is a mistake, named like any field.
        if (body != null && body.isObject()) {
            for (String name : body.propertyNames()) {
                if (!PAGE.contains(name)) {
                    reader.problems.add(new Problem("/" + name.replace("~", "~0").replace("/", "~1"),
                            "problem.hsds.unknownProperty"));
                }
            }
        }
        return new Result(List.copyOf(reader.entries), Map.copyOf(reader.pointers), List.copyOf(reader.problems));
    }

    private void organization(JsonNode node, String at) {
        if (!node.isObject()) {
            problems.add(new Problem(at, "problem.hsds.notObject"));
            return;
        }
        UUID id = uuid(node, "id", at, true);
        String name = text(node, "name", at, 200, true);
        String description = text(node, "description", at, 2000, false);
        Map<UUID, String[]> locations = locations(node, id, at);
        JsonNode services = node.get("services");
        if (services == null || !services.isArray() || services.isEmpty()) {
            problems.add(new Problem(at + "/services", "problem.hsds.noService"));
            return;
        }
        for (int j = 0; j < services.size(); j++) {
            service(services.get(j), at + "/services/" + j, id, name, description, locations);
        }
    }

    /** Location id → address line, city, postal code (each may be null). */
    private Map<UUID, String[]> locations(JsonNode organization, UUID organizationId, String at) {
        Map<UUID, String[]> locations = new HashMap<>();
        items(organization, "locations", at).forEach((i, location) -> {
            String here = at + "/locations/" + i;
            UUID id = uuid(location, "id", here, true);
            JsonNode addresses = location.path("addresses");
            JsonNode address = addresses.isArray() && !addresses.isEmpty() ? addresses.get(0) : null;
            String[] lines = address == null || !address.isObject() ? new String[3] : new String[] {
                    text(address, "address_1", here + "/addresses/0", 200, false),
                    text(address, "city", here + "/addresses/0", 100, false),
                    text(address, "postal_code", here + "/addresses/0", 10, false)};
            if (id != null && locations.putIfAbsent(id, lines) != null) {
                problems.add(new Problem(here + "/id", "problem.hsds.duplicateRow"));
            }
        });
        return locations;
    }

    private void service(JsonNode node, String at, UUID organizationId, String organizationName,
            String organizationDescription, Map<UUID, String[]> locations) {
        if (!node.isObject()) {
            problems.add(new Problem(at, "problem.hsds.notObject"));
            return;
        }
        int before = problems.size();
        UUID id = uuid(node, "id", at, true);
        if (id != null && pointers.containsKey(id)) {
            problems.add(new Problem(at + "/id", "problem.hsds.duplicate"));
        }
        UUID declared = uuid(node, "organization_id", at, false);
        if (declared != null && !declared.equals(organizationId)) {
            problems.add(new Problem(at + "/organization_id", "problem.hsds.otherOrganization"));
        }
        String name = text(node, "name", at, 200, true);
        String description = text(node, "description", at, 2000, false);
        String email = text(node, "email", at, 254, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(at + "/email", "problem.hsds.email"));
        }
        String status = text(node, "status", at, 40, true);
        if (status != null && !STATUSES.contains(status)) {
            problems.add(new Problem(at + "/status", "problem.hsds.status"));
        }
        String eligibility = text(node, "eligibility_description", at, 2000, false);
        Integer minimumAge = age(node, "minimum_age", at);
        Integer maximumAge = age(node, "maximum_age", at);
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            problems.add(new Problem(at + "/maximum_age", "problem.hsds.ageRange"));
        }
        String phone = first(node, "phones", "number", at, 40);
        List<ServiceArea> areas = areas(node, at);
        List<ServiceContact> contacts = contacts(node, at);
        List<ServiceLocation> linked = serviceLocations(node, at, locations);
        PartnerKind kind = kind(node, at);
        if (problems.size() > before || organizationId == null || organizationName == null) {
            return;
        }
        pointers.put(id, at);
        entries.add(new DirectoryEntry(id, DirectoryScope.PRIVATE, name, kind, description, ACTIVE.contains(status),
                organizationId, organizationName, organizationDescription, phone, email, areas, eligibility,
                minimumAge, maximumAge, linked, contacts, null));
    }

    /** The service's contacts, each with its first phone; at most as many as the API takes. */
    private List<ServiceContact> contacts(JsonNode service, String at) {
        List<ServiceContact> contacts = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Map<Integer, JsonNode> items = items(service, "contacts", at);
        if (items.size() > DirectoryForm.MAX_ROWS) {
            problems.add(new Problem(at + "/contacts", "problem.hsds.tooMany"));
        }
        items.forEach((k, contact) -> {
            String here = at + "/contacts/" + k;
            UUID id = uuid(contact, "id", here, true);
            if (id != null && !ids.add(id)) {
                problems.add(new Problem(here + "/id", "problem.hsds.duplicateRow"));
            }
            String name = text(contact, "name", here, 500, false);
            String email = text(contact, "email", here, 254, false);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(new Problem(here + "/email", "problem.hsds.email"));
            }
            String phone = first(contact, "phones", "number", here, 40);
            contacts.add(new ServiceContact(id, name, phone, email));
        });
        return contacts;
    }

    /** The service's areas, each with an id and a name; at most as many as the API takes. */
    private List<ServiceArea> areas(JsonNode service, String at) {
        List<ServiceArea> areas = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Map<Integer, JsonNode> items = items(service, "service_areas", at);
        if (items.size() > DirectoryForm.MAX_ROWS) {
            problems.add(new Problem(at + "/service_areas", "problem.hsds.tooMany"));
        }
        items.forEach((k, area) -> {
            String here = at + "/service_areas/" + k;
            UUID id = uuid(area, "id", here, true);
            if (id != null && !ids.add(id)) {
                problems.add(new Problem(here + "/id", "problem.hsds.duplicateRow"));
            }
            areas.add(new ServiceArea(id, text(area, "name", here, 200, true), text(area, "description", here, 500,
                    false)));
        });
        return areas;
    }

    /** The organization's locations this service is given at, in the order of its links. */
    private List<ServiceLocation> serviceLocations(JsonNode service, String at, Map<UUID, String[]> locations) {
        List<ServiceLocation> linked = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Map<Integer, JsonNode> links = items(service, "service_at_locations", at);
        if (links.size() > DirectoryForm.MAX_ROWS) {
            problems.add(new Problem(at + "/service_at_locations", "problem.hsds.tooMany"));
        }
        links.forEach((j, link) -> {
            String here = at + "/service_at_locations/" + j;
            UUID locationId = uuid(link, "location_id", here, true);
            if (locationId == null) {
                return;
            }
            if (!locations.containsKey(locationId)) {
                problems.add(new Problem(here + "/location_id", "problem.hsds.unknownLocation"));
            } else if (!ids.add(locationId)) {
                problems.add(new Problem(here + "/location_id", "problem.hsds.duplicateRow"));
            } else {
                String[] address = locations.get(locationId);
                linked.add(new ServiceLocation(locationId, address[0], address[1], address[2]));
            }
        });
        return linked;
    }

    /** The service type from an attribute of Kentra's taxonomy; OTHER when the file uses none. */
    private PartnerKind kind(JsonNode service, String at) {
        List<JsonNode> attributes = array(service, "attributes", at);
        for (int k = 0; k < attributes.size(); k++) {
            JsonNode term = attributes.get(k).path("taxonomy_term");
            if (Hsds.TAXONOMY.equals(term.path("taxonomy").asString(null))) {
                String code = term.path("code").asString("");
                for (PartnerKind kind : PartnerKind.values()) {
                    if (kind.name().equals(code)) {
                        return kind;
                    }
                }
                problems.add(new Problem(at + "/attributes/" + k + "/taxonomy_term/code", "problem.hsds.serviceType"));
                return PartnerKind.OTHER;
            }
        }
        return PartnerKind.OTHER;
    }

    private String first(JsonNode node, String arrayField, String field, String at, int max) {
        List<JsonNode> items = array(node, arrayField, at);
        return items.isEmpty() ? null : text(items.getFirst(), field, at + "/" + arrayField + "/0", max, false);
    }

    private List<JsonNode> array(JsonNode node, String field, String at) {
        return new ArrayList<>(items(node, field, at).values());
    }

    /** The objects of an array field by their index in it; anything else there is a problem at its pointer. */
    private Map<Integer, JsonNode> items(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isArray()) {
            problems.add(new Problem(at + "/" + field, "problem.hsds.notArray"));
            return Map.of();
        }
        Map<Integer, JsonNode> objects = new LinkedHashMap<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                objects.put(i, value.get(i));
            } else {
                problems.add(new Problem(at + "/" + field + "/" + i, "problem.hsds.notObject"));
            }
        }
        return objects;
    }

    private String text(JsonNode node, String field, String at, int max, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isString() && value.stringValue().isBlank()) {
            if (required) {
                problems.add(new Problem(at + "/" + field, "problem.hsds.required"));
            }
            return null;
        }
        if (!value.isString()) {
            problems.add(new Problem(at + "/" + field, "problem.hsds.notText"));
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > max) {
            problems.add(new Problem(at + "/" + field, "problem.hsds.tooLong"));
            return null;
        }
        return text;
    }

    private UUID uuid(JsonNode node, String field, String at, boolean required) {
        String text = text(node, field, at, 36, required);
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new Problem(at + "/" + field, "problem.hsds.uuid"));
        return null;
    }

    private Integer age(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !value.canConvertToInt() || value.asInt() < 0 || value.asInt() > 120
                || value.asDouble() != value.asInt()) {
            problems.add(new Problem(at + "/" + field, "problem.hsds.age"));
            return null;
        }
        return value.asInt();
    }
}
