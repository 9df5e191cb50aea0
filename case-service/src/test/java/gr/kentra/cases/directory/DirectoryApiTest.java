package gr.kentra.cases.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services directory: a centre sees its region's entries and its own, never another region's or another
 * centre's (by list, by id, by a spoofed header or an encoded path); HSDS out and back in gives the same file; a bad
 * file is refused entry by entry and changes nothing.
 */
class DirectoryApiTest extends CaseServiceIntegrationTest {

    // Regions of their own, so that other tests' entries never show here.
    private static final String ATTICA_ONE = "dir-attica-one";
    private static final String ATTICA_TWO = "dir-attica-two";
    private static final String THESSALY = "dir-thessaly-one";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void centres() throws Exception {
        place(ATTICA_ONE, "dir-attica");
        place(ATTICA_TWO, "dir-attica");
        place(THESSALY, "dir-thessaly");
    }

    @Test
    void aCentreSeesItsRegionsEntriesAndItsOwnNeverAnotherRegionsOrCentres() throws Exception {
        String regional = add(ATTICA_ONE, "coordinator", "REGIONAL", "Κοινωνικό Φαρμακείο Περιφέρειας Αττικής",
                "MUNICIPAL_SOCIAL_PHARMACY", "Αθήνα");
        String ownOne = add(ATTICA_ONE, "social-worker", "PRIVATE", "Ιδιωτική Καταχώριση Ένα", "NGO", null);
        String ownTwo = add(ATTICA_TWO, "social-worker", null, "Ιδιωτική Καταχώριση Δύο", "NGO", null);
        String thessaly = add(THESSALY, "coordinator", "REGIONAL", "Κοινωνικό Φαρμακείο Θεσσαλίας",
                "MUNICIPAL_SOCIAL_PHARMACY", "Βόλος");

        Set<String> seenByTwo = ids(ATTICA_TWO, get("/api/directory/services"));
        assertThat(seenByTwo).contains(regional, ownTwo).doesNotContain(ownOne, thessaly);
        assertThat(ids(THESSALY, get("/api/directory/services"))).contains(thessaly)
                .doesNotContain(regional, ownOne, ownTwo);
        // Filters: service type, area and words, accents and case ignored.
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("type", "MUNICIPAL_SOCIAL_PHARMACY")
                .param("scope", "REGIONAL"))).containsExactly(regional);
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("type", "NGO"))).contains(ownTwo)
                .doesNotContain(regional);
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("area", "αθηνα"))).containsExactly(regional);
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("q", "φαρμακειο περιφερειας")))
                .containsExactly(regional);
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("q", "Θεσσαλίας"))).isEmpty();
        mvc.perform(in(ATTICA_TWO, "psychologist", get("/api/directory/services").param("scope", "REGIONAL"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].scope").value("REGIONAL"));
    }

    @Test
    void onlyCoordinatorsAddToTheRegionAndACentreWithoutRegionHasNone() throws Exception {
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"),
                        form("REGIONAL", "Όχι από κοινωνικό λειτουργό", "NGO", null)))
                .andExpect(status().isForbidden());
        mvc.perform(in(ATTICA_ONE, "admin-staff", post("/api/directory/services"),
                        form(null, "Ούτε από διοικητικό", "NGO", null)))
                .andExpect(status().isForbidden());
        provision("dir-nowhere");
        mvc.perform(in("dir-nowhere", "coordinator", post("/api/directory/services"),
                        form("REGIONAL", "Χωρίς περιφέρεια", "NGO", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("περιφέρεια")));
        mvc.perform(in("dir-nowhere", "coordinator", post("/api/directory/services"),
                        form("PRIVATE", "Δική του", "NGO", null)))
                .andExpect(status().isCreated());
    }

    @Test
    void anotherCentresIdsSpoofedHeadersAndEncodedPathsReachNothing() throws Exception {
        String ownOne = add(ATTICA_ONE, "social-worker", "PRIVATE", "Μόνο του πρώτου", "NGO", null);
        String thessaly = add(THESSALY, "coordinator", "REGIONAL", "Μόνο της Θεσσαλίας", "NGO", null);
        String person = registerPerson(ATTICA_TWO, "Ελένη", "Παππά", "1980-01-01");
        for (String id : List.of(ownOne, thessaly)) {
            mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                            {"beneficiaryId":"%s","directoryServiceId":"%s","reason":"Βοήθεια"}"""
                            .formatted(person, id)))
                    .andExpect(status().isNotFound());
        }
        // A member of the second centre naming the first in the header, or through an encoded path.
        for (String path : List.of("/api/directory/services", "/%61pi/directory/services", "/api/%64irectory/hsds")) {
            var answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", ATTICA_ONE)
                    .with(staff(ATTICA_TWO, "coordinator"))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(403, 404);
            assertThat(answer.getContentAsString()).as(path).doesNotContain(ownOne);
        }
        // Another region's id in a regional import is refused; its entry stays as it was.
        String file = mvc.perform(in(THESSALY, "coordinator",
                get("/api/directory/hsds").param("scope", "REGIONAL"), null)).andReturn().getResponse()
                .getContentAsString().replace("Μόνο της Θεσσαλίας", "Κατάληψη");
        mvc.perform(in(ATTICA_ONE, "coordinator", post("/api/directory/hsds").param("scope", "REGIONAL"), file))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(org.hamcrest.Matchers.endsWith("/id")));
        assertThat(names(THESSALY)).contains("Μόνο της Θεσσαλίας").doesNotContain("Κατάληψη");
    }

    @Test
    void anHsdsExportReadBackGivesTheSameExportAndReadingItAgainChangesNothing() throws Exception {
        add(ATTICA_ONE, "coordinator", "PRIVATE", "Συμβουλευτικός Σταθμός", "NGO", "Πειραιάς");
        mvc.perform(in(ATTICA_ONE, "coordinator", post("/api/directory/services"), """
                        {"name":"Ιατρείο Κοινωνικής Αποστολής","kind":"HOSPITAL","description":"Δωρεάν εξετάσεις",
                         "organizationName":"Εθελοντικό Δίκτυο","organizationDescription":"Δίκτυο εθελοντών",
                         "phone":"210 1234 567","email":"iatreio@example.gr",
                         "locations":[{"address":"Πειραιώς 100","city":"Μοσχάτο","postalCode":"18345"},
                          {"address":"Ακτή Μιαούλη 5","city":"Πειραιάς","postalCode":"185 35"}],
                         "contacts":[{"name":"κ. Νικολάου","phone":"210 1234 568","email":"nikolaou@example.gr"},
                          {"name":"Γραμματεία"},{"email":"info@example.gr"}],
                         "serviceAreas":[{"name":"Νότιος Τομέας","description":"Πειραιάς και Καλλιθέα"},
                          {"name":"Δήμος Σαλαμίνας"}],
                         "eligibilityDescription":"Ανασφάλιστοι","minimumAge":18,"maximumAge":67}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.locations.length()").value(2))
                .andExpect(jsonPath("$.serviceAreas[*].name").value(org.hamcrest.Matchers.contains("Νότιος Τομέας",
                        "Δήμος Σαλαμίνας")))
                .andExpect(jsonPath("$.contacts[*].name").value(org.hamcrest.Matchers.contains("κ. Νικολάου",
                        "Γραμματεία", null)));
        JsonNode exported = export(ATTICA_ONE, "PRIVATE");
        assertThat(exported.path("contents").toString()).contains("\"address_1\":\"Πειραιώς 100\"",
                "\"address_1\":\"Ακτή Μιαούλη 5\"", "\"eligibility_description\":\"Ανασφάλιστοι\"",
                "\"service_areas\"", "\"taxonomy_term\"", "\"number\":\"210 1234 568\"",
                "\"email\":\"info@example.gr\"");
        JsonNode network = organization(exported, "Εθελοντικό Δίκτυο");
        assertThat(network.path("locations")).hasSize(2);
        assertThat(network.path("services").get(0).path("service_at_locations")).hasSize(2);
        assertThat(network.path("services").get(0).path("contacts")).hasSize(3);
        JsonNode areas = network.path("services").get(0).path("service_areas");
        assertThat(areas).hasSize(2);
        assertThat(areas.get(0).path("name").asString()).isEqualTo("Νότιος Τομέας");
        assertThat(areas.get(0).path("description").asString()).isEqualTo("Πειραιάς και Καλλιθέα");
        assertThat(areas.get(1).path("name").asString()).isEqualTo("Δήμος Σαλαμίνας");
        assertThat(areas.get(1).has("description")).isFalse();
        assertThat(areas.get(0).path("service_id").asString()).isEqualTo(network.path("services").get(0)
                .path("id").asString());

        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/directory/hsds"), exported.toString()))
                .andExpect(status().isOk());
        assertThat(organizations(export(ATTICA_TWO, "PRIVATE"), exported)).isEqualTo(exported.path("contents"));
        // Idempotent: the same file again changes nothing (the regional scope too).
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/directory/hsds"), exported.toString()))
                .andExpect(status().isOk());
        assertThat(organizations(export(ATTICA_TWO, "PRIVATE"), exported)).isEqualTo(exported.path("contents"));
        add(ATTICA_ONE, "coordinator", "REGIONAL", "Περιφερειακή Υπηρεσία", "OTHER_PUBLIC", "Αττική");
        JsonNode regional = export(ATTICA_ONE, "REGIONAL");
        mvc.perform(in(ATTICA_TWO, "coordinator", post("/api/directory/hsds").param("scope", "REGIONAL"),
                regional.toString())).andExpect(status().isOk());
        assertThat(export(ATTICA_ONE, "REGIONAL")).isEqualTo(regional);
    }

    @Test
    void aMalformedImportGivesAProblemPerEntryInGreekAndEnglishAndChangesNothing() throws Exception {
        String good = UUID.randomUUID().toString();
        String file = """
                {"contents":[
                  {"id":"%s","name":"Καλός Οργανισμός","services":[{"id":"%s","name":"Καλή Υπηρεσία","status":"active"}]},
                  {"id":"not-a-uuid","name":"","services":[{"id":"%s","name":"","status":"open","email":"x",
                    "minimum_age":30,"maximum_age":20}]},
                  {"id":"%s","name":"Χωρίς υπηρεσίες","services":[]}
                ]}""".formatted(UUID.randomUUID(), good, good, UUID.randomUUID());
        String body = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), file))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Το αρχείο HSDS δεν εισήχθη"))
                .andReturn().getResponse().getContentAsString();
        List<String> pointers = JsonPath.read(body, "$.errors[*].pointer");
        assertThat(pointers).contains("/contents/1/id", "/contents/1/name", "/contents/1/services/0/id",
                "/contents/1/services/0/name", "/contents/1/services/0/status", "/contents/1/services/0/email",
                "/contents/1/services/0/maximum_age", "/contents/2/services");
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), file)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.pointer == '/contents/1/services/0/email')].message")
                        .value("is not an e-mail address"));
        assertThat(names(ATTICA_ONE)).doesNotContain("Καλή Υπηρεσία");
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), "{\"organizations\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/contents"));
        // Hostile bodies: nothing to import, a field a page does not have (named as the platform names fields),
        // two documents; and the API document describes the body as a file, not as JsonNode's bean properties.
        for (String nothing : List.of("[]", "{\"contents\":[]}", "{}{}", "\"text\"")) {
            mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), nothing))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), "{\"contents\":[],\"x/y\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.pointer == '/x~1y')].field").value("x/y"));
        // Locations and contacts: each bad one named by its pointer and its field; nothing saved.
        String location = UUID.randomUUID().toString();
        String contact = UUID.randomUUID().toString();
        String rows = """
                [{"id":"%s","name":"Οργανισμός Τόπων","locations":[{"id":"%s"}],"services":[{"id":"%s",
                  "name":"Υπηρεσία Τόπων","status":"active","service_at_locations":[{"location_id":"%s"},
                  {"location_id":"%s"},{"location_id":"%s"}],
                  "contacts":[{"id":"%s","email":"όχι"},{"id":"%s","phones":[{"number":7}]}]}]}]"""
                .formatted(UUID.randomUUID(), location, UUID.randomUUID(), location, location, UUID.randomUUID(),
                        contact, contact);
        String refused = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), rows)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder(
                "[0].services[0].service_at_locations[1].location_id",
                "[0].services[0].service_at_locations[2].location_id", "[0].services[0].contacts[0].email",
                "[0].services[0].contacts[1].id", "[0].services[0].contacts[1].phones[0].number");
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].pointer"))
                .contains("/0/services/0/service_at_locations/2/location_id", "/0/services/0/contacts/1/id");
        assertThat(names(ATTICA_ONE)).doesNotContain("Υπηρεσία Τόπων");
        // Service areas: one without a name, one with too long a description, a repeated id; nothing saved.
        String area = UUID.randomUUID().toString();
        String areas = """
                [{"id":"%s","name":"Οργανισμός Περιοχών","services":[{"id":"%s","name":"Υπηρεσία Περιοχών",
                  "status":"active","service_areas":[{"id":"%s","name":"Αττική"},{"id":"%s","description":"χωρίς όνομα"},
                  {"id":"%s","name":"Πειραιάς","description":"%s"},{"id":"%s","name":"Ξανά"}]}]}]"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), area, UUID.randomUUID(), UUID.randomUUID(),
                        "λ".repeat(501), area);
        String refusedAreas = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), areas))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.pointer == '/0/services/0/service_areas/1/name')].message")
                        .value("δεν μπορεί να είναι κενό"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(refusedAreas, "$.errors[*].pointer")).containsExactlyInAnyOrder(
                "/0/services/0/service_areas/1/name", "/0/services/0/service_areas/2/description",
                "/0/services/0/service_areas/3/id");
        assertThat(JsonPath.<List<String>>read(refusedAreas, "$.errors[*].field"))
                .contains("[0].services[0].service_areas[1].name");
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/hsds"), areas)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.pointer == '/0/services/0/service_areas/2/description')].message")
                        .value("is too long"));
        assertThat(names(ATTICA_ONE)).doesNotContain("Υπηρεσία Περιοχών");
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> schema = JsonPath.read(docs,
                "$.paths['/api/directory/hsds'].post.requestBody.content['application/json'].schema");
        assertThat(schema).containsEntry("type", "object").doesNotContainKeys("properties", "$ref");
    }

    @Test
    void aReferralGoesToADirectoryServiceAndShowsIt() throws Exception {
        String own = add(ATTICA_TWO, "social-worker", "PRIVATE", "Δική μας Υπηρεσία", "NGO", null);
        String regional = add(ATTICA_ONE, "coordinator", "REGIONAL", "Υπηρεσία της Περιφέρειας", "NGO", null);
        String person = registerPerson(ATTICA_TWO, "Μαρία", "Γεωργίου", "1975-05-05");
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","directoryServiceId":"%s","reason":"Στήριξη"}""".formatted(person, own)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.directoryServiceId").value(own))
                .andExpect(jsonPath("$.partnerId").value(own));
        // A regional service still names the partner that follows the referral up.
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","directoryServiceId":"%s","reason":"Στήριξη"}"""
                        .formatted(person, regional)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partnerId"));
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Στήριξη"}"""
                        .formatted(person, own, regional)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.directoryServiceId").value(regional));
    }

    @Test
    void theCoordinatorsPageShowsAndAddsRegionalAndPrivateEntries() throws Exception {
        var added = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("scope", "REGIONAL")
                .param("name", "Δομή από τη Σελίδα").param("kind", "NGO").param("contact", "")
                .param("serviceAreas[0].name", "Πειραιάς").param("serviceAreas[1].name", "Κερατσίνι")
                .param("serviceAreas[1].description", "Ανατολικά"), null)).andReturn().getResponse();
        assertThat(added.getStatus()).isBetween(300, 399);
        String seenByOne = mvc.perform(in(ATTICA_ONE, "coordinator", get("/t/" + ATTICA_ONE + "/partners"), null))
                .andReturn().getResponse().getContentAsString();
        assertThat(seenByOne).contains("Δομή από τη Σελίδα", "Περιφερειακός", "Μόνο αυτό το κέντρο", "Πειραιάς",
                "Κερατσίνι (Ανατολικά)",
                "value=\"REGIONAL\"");
        String socialWorkers = mvc.perform(in(THESSALY, "social-worker", get("/t/" + THESSALY + "/partners"), null))
                .andReturn().getResponse().getContentAsString();
        assertThat(socialWorkers).doesNotContain("Δομή από τη Σελίδα", "value=\"REGIONAL\"");
        assertThat(mvc.perform(in(THESSALY, "social-worker", post("/t/" + THESSALY + "/partners")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("scope", "REGIONAL")
                .param("name", "Όχι").param("kind", "NGO"), null)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aCoordinatorEditsAndDeactivatesHerRegionsEntriesOnTheVersionSheReadAndNoOtherRegionsOrCentres()
            throws Exception {
        String entry = add(ATTICA_ONE, "coordinator", "REGIONAL", "Πρώτη Ονομασία Υπηρεσίας", "NGO", "Αθήνα");
        String edited = mvc.perform(in(ATTICA_TWO, "coordinator", put("/api/directory/services/" + entry), """
                        {"name":"Νέα Ονομασία Υπηρεσίας","kind":"HOSPITAL","serviceAreas":[{"name":"Πειραιάς"}],
                         "locations":[{"address":"Πειραιώς 1"}],"version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Νέα Ονομασία Υπηρεσίας"))
                .andExpect(jsonPath("$.kind").value("HOSPITAL"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(edited, "$.locations[0].id")).isNotNull();
        assertThat(names(ATTICA_ONE)).contains("Νέα Ονομασία Υπηρεσίας").doesNotContain("Πρώτη Ονομασία Υπηρεσίας");
        // The same edit on the old version is stale: 409 in Greek and English, carrying the version to reload.
        mvc.perform(in(ATTICA_ONE, "coordinator", put("/api/directory/services/" + entry), """
                        {"name":"Παλιά Εκδοχή","kind":"NGO","version":0}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Συγκρουόμενη αλλαγή"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(in(ATTICA_ONE, "coordinator", patch("/api/directory/services/" + entry),
                        "{\"active\":false,\"version\":0}").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflicting edit"));
        mvc.perform(in(ATTICA_ONE, "social-worker", patch("/api/directory/services/" + entry),
                        "{\"active\":false,\"version\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(in(ATTICA_ONE, "coordinator", patch("/api/directory/services/" + entry), "{\"active\":false}"))
                .andExpect(status().isBadRequest());

        // A referral made before the deactivation keeps its service.
        String person = registerPerson(ATTICA_TWO, "Σοφία", "Αλεξίου", "1982-02-02");
        String own = add(ATTICA_TWO, "social-worker", "PRIVATE", "Φορέας Παρακολούθησης", "NGO", null);
        String referral = JsonPath.read(mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Νοσοκομείο"}"""
                        .formatted(person, own, entry))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(in(ATTICA_ONE, "coordinator", patch("/api/directory/services/" + entry),
                        "{\"active\":false,\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(names(ATTICA_TWO)).doesNotContain("Νέα Ονομασία Υπηρεσίας");
        assertThat(ids(ATTICA_TWO, get("/api/directory/services").param("inactive", "true"))).contains(entry);
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Ξανά"}"""
                        .formatted(person, own, entry)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directoryServiceId"));
        mvc.perform(in(ATTICA_TWO, "social-worker", get("/api/referrals/" + referral), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.directoryServiceId").value(entry));

        // Another region's entry, another centre's private one, the centre's own private one (a partner, edited
        // as such): not found, unchanged; so too through an encoded path or another centre named in the header.
        String thessaly = add(THESSALY, "coordinator", "REGIONAL", "Υπηρεσία Θεσσαλίας Αμετάβλητη", "NGO", null);
        String privateOfTwo = add(ATTICA_TWO, "social-worker", "PRIVATE", "Ιδιωτική του Δεύτερου", "NGO", null);
        for (String id : List.of(thessaly, privateOfTwo)) {
            mvc.perform(in(ATTICA_ONE, "coordinator", put("/api/directory/services/" + id), """
                            {"name":"Κατάληψη","kind":"NGO","version":0}"""))
                    .andExpect(status().isNotFound());
            mvc.perform(in(ATTICA_ONE, "coordinator", patch("/api/directory/services/" + id),
                            "{\"active\":false,\"version\":0}"))
                    .andExpect(status().isNotFound());
        }
        for (String path : List.of("/%61pi/directory/services/" + thessaly, "/api/directory/services/%2e%2e/" + thessaly,
                "/api/%64irectory/services/" + thessaly)) {
            var answer = mvc.perform(patch(URI.create(path)).header("X-Kentra-Tenant", THESSALY)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false,\"version\":0}")
                    .with(staff(ATTICA_ONE, "coordinator"))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isIn(400, 403, 404);
        }
        var spoofed = mvc.perform(patch("/api/directory/services/" + thessaly).header("X-Kentra-Tenant", THESSALY)
                .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false,\"version\":0}")
                .with(staff(ATTICA_ONE, "coordinator"))).andReturn().getResponse();
        assertThat(spoofed.getStatus()).isIn(403, 404);
        assertThat(names(THESSALY)).contains("Υπηρεσία Θεσσαλίας Αμετάβλητη").doesNotContain("Κατάληψη");
        assertThat(names(ATTICA_TWO)).contains("Ιδιωτική του Δεύτερου").doesNotContain("Κατάληψη");
    }

    @Test
    void aCentresPrivateEntriesReachNoOtherCentreAndARegionsEntriesNoOtherRegion() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String made = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"), """
                        {"name":"Ιδιωτική Μόνο Πρώτου %1$s","kind":"NGO","locations":[{"address":"Κρυφή %1$s 1"},
                         {"address":"Κρυφή %1$s 2"}],"contacts":[{"name":"Υπεύθυνος %1$s","email":"k%1$s@example.gr"},
                         {"phone":"210 555 0000"}],"serviceAreas":[{"name":"Περιοχή %1$s Α"},
                         {"name":"Περιοχή %1$s Β","description":"Χωριά %1$s"}]}""".formatted(tag)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(made, "$.id");
        // Its locations' and contact points' ids (and the HSDS ids derived from them) are the centre's too.
        List<String> rows = new java.util.ArrayList<>(JsonPath.<List<String>>read(made, "$.locations[*].id"));
        rows.addAll(JsonPath.<List<String>>read(made, "$.contacts[*].id"));
        List<String> areaIds = JsonPath.read(made, "$.serviceAreas[*].id");
        assertThat(rows).hasSize(4);
        assertThat(areaIds).hasSize(2);
        for (String row : List.copyOf(rows)) {
            rows.add(Hsds.derived(UUID.fromString(row), "address").toString());
            rows.add(Hsds.derived(UUID.fromString(secret), "service_at_location/" + row).toString());
        }
        rows.addAll(areaIds);
        String[] secrets = rows.toArray(String[]::new);
        String shared = add(ATTICA_ONE, "coordinator", "REGIONAL", "Κοινή Αττικής " + tag, "HOSPITAL", "Αττική");

        // The centre of the same region shares the regional entry (list, HSDS, referral form), not the private one.
        for (String scope : List.of("", "?scope=REGIONAL", "?scope=PRIVATE")) {
            String list = read(ATTICA_TWO, "/api/directory/services" + (scope.isEmpty() ? "?inactive=true"
                    : scope + "&inactive=true"));
            String hsds = read(ATTICA_TWO, "/api/directory/hsds" + scope);
            assertThat(list + hsds).as(scope).doesNotContain(secret, "Ιδιωτική Μόνο Πρώτου " + tag, "Κρυφή " + tag,
                    "Υπεύθυνος " + tag, "k" + tag + "@example.gr", "210 555 0000", "Περιοχή " + tag, "Χωριά " + tag)
                    .doesNotContain(secrets);
            if (!scope.endsWith("PRIVATE")) {
                assertThat(list).as(scope).contains(shared);
                assertThat(hsds).as(scope).contains(shared, "Κοινή Αττικής " + tag);
            }
        }
        assertThat(read(ATTICA_TWO, "/api/partners")).doesNotContain(secret);
        String personTwo = registerPerson(ATTICA_TWO, "Ιωάννα", "Δημητρίου", "1979-03-03");
        assertThat(read(ATTICA_TWO, "/t/" + ATTICA_TWO + "/people/" + personTwo + "/referrals/new"))
                .contains("Κοινή Αττικής " + tag).doesNotContain(secret, "Ιδιωτική Μόνο Πρώτου " + tag);
        // The other region sees neither, by any of these ways.
        for (String scope : List.of("", "?scope=REGIONAL", "?scope=PRIVATE")) {
            String both = read(THESSALY, "/api/directory/services" + (scope.isEmpty() ? "?inactive=true"
                    : scope + "&inactive=true")) + read(THESSALY, "/api/directory/hsds" + scope);
            assertThat(both).as(scope).doesNotContain(secret, shared, tag).doesNotContain(secrets);
        }
        String personThessaly = registerPerson(THESSALY, "Νίκος", "Θεοδώρου", "1969-04-04");
        assertThat(read(THESSALY, "/t/" + THESSALY + "/people/" + personThessaly + "/referrals/new"))
                .doesNotContain(secret, shared, tag);

        // By id: a referral, an edit, a deactivation, the partner API; the private id in the same region, both ids
        // in the other. Not found, and the answer names nothing of the entry.
        Map<String, List<String>> strangers = Map.of(ATTICA_TWO, List.of(secret), THESSALY, List.of(secret, shared));
        for (var stranger : strangers.entrySet()) {
            String centre = stranger.getKey();
            String person = centre.equals(ATTICA_TWO) ? personTwo : personThessaly;
            String partner = add(centre, "social-worker", "PRIVATE", "Φορέας Παρακολούθησης " + centre, "NGO", null);
            for (String id : stranger.getValue()) {
                List<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> tries = List.of(
                        withBody(post("/api/referrals"), """
                                {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Δοκιμή"}"""
                                .formatted(person, partner, id)),
                        withBody(put("/api/directory/services/" + id), """
                                {"name":"Κατάληψη","kind":"NGO","version":0}"""),
                        withBody(patch("/api/directory/services/" + id), "{\"active\":false,\"version\":0}"),
                        withBody(put("/api/partners/" + id), """
                                {"name":"Κατάληψη","kind":"NGO","active":false,"version":0}"""));
                for (var attempt : tries) {
                    var answer = mvc.perform(in(centre, "coordinator", attempt, null)).andReturn().getResponse();
                    assertThat(answer.getStatus()).as(centre + " " + id).isEqualTo(404);
                    assertThat(answer.getContentAsString()).as(centre + " " + id).doesNotContain(tag);
                }
            }
            // Through encoded paths, naming the first centre in the header.
            for (String path : List.of("/%61pi/directory/services", "/api/%64irectory/hsds",
                    "/api/directory/services/%2e%2e/services", "/api/directory/services/" + secret.replace("-", "%2d"),
                    "/api%2fdirectory/hsds")) {
                var answer = mvc.perform(get(URI.create(path)).header("X-Kentra-Tenant", ATTICA_ONE)
                        .with(staff(centre, "coordinator"))).andReturn().getResponse();
                assertThat(answer.getStatus()).as(centre + " " + path).isIn(400, 403, 404, 405);
                assertThat(answer.getContentAsString()).as(centre + " " + path).doesNotContain(secret, tag)
                        .doesNotContain(secrets);
            }
        }
        // The first centre's entries are as it made them.
        String own = read(ATTICA_ONE, "/api/directory/services");
        assertThat(own).contains("Ιδιωτική Μόνο Πρώτου " + tag, "Κοινή Αττικής " + tag, "Κρυφή " + tag + " 2",
                "k" + tag + "@example.gr").doesNotContain("Κατάληψη");
        assertThat(read(ATTICA_ONE, "/api/directory/hsds?scope=PRIVATE")).contains(java.util.Arrays.copyOf(secrets, 4))
                .contains(areaIds).contains("Περιοχή " + tag + " Β", "Χωριά " + tag);
        assertThat(JsonPath.<List<Integer>>read(own, "$[?(@.id in ['%s','%s'])].version".formatted(secret, shared)))
                .containsOnly(0);
    }

    @Test
    void locationsAndContactsAreRefusedFieldByFieldInGreekAndEnglishAndNothingIsSaved() throws Exception {
        String body = """
                {"name":"Υπηρεσία με Λάθη","kind":"NGO","locations":[{"address":"Σωστή 1","postalCode":"11743"},
                 {"address":"Λάθος 2","postalCode":"1234"}],"contacts":[{"name":"Γραφείο","email":"όχι-email"}]}""";
        String greek = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'locations[1].postalCode')].message")
                        .value("δεν είναι ταχυδρομικός κώδικας πέντε ψηφίων (11743 ή 117 43)"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(greek, "$.errors[*].field"))
                .containsExactlyInAnyOrder("locations[1].postalCode", "contacts[0].email");
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"), body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'locations[1].postalCode')].message")
                        .value("is not a postal code of five digits (11743 or 117 43)"));
        assertThat(names(ATTICA_ONE)).doesNotContain("Υπηρεσία με Λάθη");
        // The wrong shape of a list, or too many rows, names the list; a wrong type inside a row names the row's field.
        String many = "[" + String.join(",", java.util.Collections.nCopies(21, "{\"city\":\"Αθήνα\"}")) + "]";
        for (var wrong : Map.of("\"locations\":\"Αθήνα\"", "locations", "\"contacts\":" + many.replace("city", "name"),
                "contacts", "\"locations\":" + many, "locations", "\"contacts\":[{\"phone\":5}]", "contacts[0].phone",
                "\"locations\":[{\"id\":\"1-1-1-1-1\"}]", "locations[0].id").entrySet()) {
            mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"),
                            "{\"name\":\"Λάθος Σχήμα\",\"kind\":\"NGO\"," + wrong.getKey() + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(wrong.getValue()));
        }
        // An edit that is refused changes nothing, its version included.
        String entry = add(ATTICA_ONE, "coordinator", "REGIONAL", "Υπηρεσία Προς Διόρθωση", "NGO", null);
        mvc.perform(in(ATTICA_ONE, "coordinator", put("/api/directory/services/" + entry), """
                        {"name":"Υπηρεσία Προς Διόρθωση","kind":"NGO","contacts":[{"name":"Α"},{"name":"Β"},
                         {"phone":"όχι τηλέφωνο"}],"version":0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contacts[2].phone"));
        assertThat(JsonPath.<List<Integer>>read(read(ATTICA_ONE, "/api/directory/services"),
                "$[?(@.id == '%s')].version".formatted(entry))).containsExactly(0);
    }

    @Test
    void serviceAreasAreRefusedRowByRowInGreekAndEnglishAndAnEditKeepsTheirIds() throws Exception {
        String body = """
                {"name":"Υπηρεσία με Λάθος Περιοχές","kind":"NGO","serviceAreas":[{"name":"Αττική"},
                 {"description":"Χωρίς όνομα"},{"name":"%s"},{"name":"Πειραιάς","description":"%s"}]}"""
                .formatted("α".repeat(201), "β".repeat(501));
        String greek = mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'serviceAreas[1].name')].message")
                        .value("δεν μπορεί να είναι κενό"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(greek, "$.errors[*].field")).containsExactlyInAnyOrder(
                "serviceAreas[1].name", "serviceAreas[2].name", "serviceAreas[3].description");
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"), body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'serviceAreas[1].name')].message")
                        .value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'serviceAreas[3].description')].message")
                        .value("must be at most 500 characters"));
        String many = "[" + String.join(",", java.util.Collections.nCopies(21, "{\"name\":\"Αθήνα\"}")) + "]";
        mvc.perform(in(ATTICA_ONE, "social-worker", post("/api/directory/services"),
                        "{\"name\":\"Λάθος Περιοχές\",\"kind\":\"NGO\",\"serviceAreas\":" + many + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceAreas"));
        assertThat(names(ATTICA_ONE)).doesNotContain("Υπηρεσία με Λάθος Περιοχές", "Λάθος Περιοχές");
        // Twenty are taken; an edit keeps the ids it names, leaves blank rows out and counts a version.
        String twenty = "[" + String.join(",", java.util.Collections.nCopies(20, "{\"name\":\"Αθήνα\"}")) + "]";
        String created = mvc.perform(in(ATTICA_ONE, "coordinator", post("/api/directory/services"),
                        "{\"scope\":\"REGIONAL\",\"name\":\"Είκοσι Περιοχές\",\"kind\":\"NGO\",\"serviceAreas\":"
                                + twenty + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.serviceAreas.length()").value(20))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String kept = JsonPath.read(created, "$.serviceAreas[3].id");
        String edited = mvc.perform(in(ATTICA_TWO, "coordinator", put("/api/directory/services/" + id), """
                        {"name":"Είκοσι Περιοχές","kind":"NGO","serviceAreas":[{"id":"%s","name":"Αθήνα",
                         "description":"Κέντρο"},{"name":" "},{"name":"Βύρωνας"}],"version":0}""".formatted(kept)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.serviceAreas[*].name").value(org.hamcrest.Matchers.contains("Αθήνα", "Βύρωνας")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(edited, "$.serviceAreas[0].id")).isEqualTo(kept);
        assertThat(JsonPath.<String>read(edited, "$.serviceAreas[1].id")).isNotEqualTo(kept);
        assertThat(read(ATTICA_ONE, "/api/directory/services?area=βυρωνας")).contains(id);
        assertThat(read(ATTICA_ONE, "/api/directory/services?q=κεντρο")).contains(id);
    }

    @Test
    void anEditKeepsTheIdsOfTheRowsItNamesGivesNewOnesToOthersAndCountsAVersion() throws Exception {
        String created = mvc.perform(in(ATTICA_ONE, "coordinator", post("/api/directory/services"), """
                        {"scope":"REGIONAL","name":"Υπηρεσία Δύο Τόπων","kind":"NGO",
                         "locations":[{"id":"%s","address":"Πρώτη 1"},{"address":"Δεύτερη 2","city":"Βύρωνας"}],
                         "contacts":[{"name":"Γραμματεία","phone":"210 0000 001"}]}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String entry = JsonPath.read(created, "$.id");
        String first = JsonPath.read(created, "$.locations[0].id");
        String second = JsonPath.read(created, "$.locations[1].id");
        String contact = JsonPath.read(created, "$.contacts[0].id");
        String edited = mvc.perform(in(ATTICA_TWO, "coordinator", put("/api/directory/services/" + entry), """
                        {"name":"Υπηρεσία Δύο Τόπων","kind":"NGO",
                         "locations":[{"id":"%s","address":"Δεύτερη 2","city":"Βύρωνας"},{"id":"%s","address":"Τρίτη 3"}],
                         "contacts":[{"id":"%s","name":"Γραμματεία","phone":"210 0000 002"},{"name":"Διευθυντής"}],
                         "version":0}""".formatted(second, UUID.randomUUID(), contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.locations[*].address").value(org.hamcrest.Matchers.contains("Δεύτερη 2", "Τρίτη 3")))
                .andExpect(jsonPath("$.contacts[0].phone").value("210 0000 002"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(edited, "$.locations[0].id")).isEqualTo(second);
        assertThat(JsonPath.<String>read(edited, "$.locations[1].id")).isNotIn(first, second);
        assertThat(JsonPath.<String>read(edited, "$.contacts[0].id")).isEqualTo(contact);
        // Deactivating keeps the rows; a stale edit of the rows is refused.
        mvc.perform(in(ATTICA_ONE, "coordinator", patch("/api/directory/services/" + entry),
                        "{\"active\":false,\"version\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locations.length()").value(2))
                .andExpect(jsonPath("$.contacts.length()").value(2));
        mvc.perform(in(ATTICA_ONE, "coordinator", put("/api/directory/services/" + entry), """
                        {"name":"Υπηρεσία Δύο Τόπων","kind":"NGO","locations":[],"version":1}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2));

        // A private entry: the partners API's contact is its first contact point's name, and a change of it or of
        // the rows counts a version.
        String own = JsonPath.read(mvc.perform(in(ATTICA_ONE, "coordinator", post("/api/directory/services"), """
                        {"name":"Δικός μας Φορέας","kind":"NGO","contacts":[{"name":"Υποδοχή","phone":"210 1111 111"},
                         {"name":"Νομική Υπηρεσία"}]}""")).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(in(ATTICA_ONE, "coordinator", put("/api/partners/" + own), """
                        {"name":"Δικός μας Φορέας","kind":"NGO","contact":"Υποδοχή Α' ορόφου","version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").value("Υποδοχή Α' ορόφου"))
                .andExpect(jsonPath("$.version").value(1));
        String mine = read(ATTICA_ONE, "/api/directory/services?scope=PRIVATE");
        assertThat(JsonPath.<List<String>>read(mine, "$[?(@.id == '%s')].contacts[*].name".formatted(own)))
                .containsExactly("Υποδοχή Α' ορόφου", "Νομική Υπηρεσία");
        assertThat(JsonPath.<List<String>>read(mine, "$[?(@.id == '%s')].contacts[0].phone".formatted(own)))
                .containsExactly("210 1111 111");
    }

    @Test
    void theMigrationGivesAnOldContactTheIdTheExportDerivedForIt() {
        UUID service = UUID.randomUUID();
        // The expression of the changesets that moved each service's free-text contact to its first contact point.
        UUID migrated = jdbc.queryForObject("""
                select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
                    || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18))::uuid
                from (select md5(?::uuid::text || '/contact') as h) s""", UUID.class, service);
        assertThat(migrated).isEqualTo(Hsds.derived(service, "contact"));
        // And the one that moved its free-text service area to its first service area.
        UUID area = jdbc.queryForObject("""
                select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
                    || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18))::uuid
                from (select md5(?::uuid::text || '/service_area') as h) s""", UUID.class, service);
        assertThat(area).isEqualTo(Hsds.derived(service, "service_area"));
    }

    @Test
    void theDirectoryPageAddsAndRemovesLocationAndContactRowsAndShowsTheirErrorsAtTheirFields() throws Exception {
        String page = mvc.perform(in(ATTICA_TWO, "coordinator", get("/t/" + ATTICA_TWO + "/partners"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"locations[0].address\"", "name=\"contacts[0].email\"",
                "value=\"add-locations\"", "hx-select=\"#directory-form\"");
        // A row more: what was typed stays, the new row's first field takes the focus; nothing is saved.
        String more = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                        .param("kind", "NGO").param("locations[0].address", "Πρώτη Οδός 1").param("row", "add-locations"),
                null)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(more).contains("value=\"Πρώτη Οδός 1\"", "name=\"locations[1].address\"",
                "data-focus=\"locations[1].address\"", "Τοποθεσία 2").doesNotContain("name=\"locations[2].address\"");
        String fewer = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                        .param("kind", "NGO").param("locations[0].address", "Πρώτη Οδός 1")
                        .param("locations[1].address", "Δεύτερη Οδός 2").param("row", "remove-locations-0"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fewer).contains("value=\"Δεύτερη Οδός 2\"").doesNotContain("Πρώτη Οδός 1",
                "name=\"locations[1].address\"");
        String areaRow = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                        .param("kind", "NGO").param("serviceAreas[0].name", "Αιγάλεω")
                        .param("row", "add-serviceAreas"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(areaRow).contains("value=\"Αιγάλεω\"", "name=\"serviceAreas[1].name\"",
                "data-focus=\"serviceAreas[1].name\"", "Περιοχή εξυπηρέτησης 2", "value=\"remove-serviceAreas-1\"",
                "Αφαίρεση περιοχής εξυπηρέτησης 2", "Προσθήκη περιοχής εξυπηρέτησης");
        String areaRemoved = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                        .param("kind", "NGO").param("serviceAreas[0].name", "Αιγάλεω")
                        .param("serviceAreas[1].name", "Χαϊδάρι").param("row", "remove-serviceAreas-0"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(areaRemoved).contains("value=\"Χαϊδάρι\"")
                .doesNotContain("Αιγάλεω", "name=\"serviceAreas[1].name\"");
        var areaRefused = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                .param("kind", "NGO").param("serviceAreas[0].name", "Αιγάλεω")
                .param("serviceAreas[1].description", "Χωρίς όνομα"), null)).andReturn().getResponse();
        assertThat(areaRefused.getStatus()).isEqualTo(422);
        assertThat(areaRefused.getContentAsString()).contains("href=\"#serviceAreas[1].name\"",
                "Περιοχή εξυπηρέτησης 2: Δήμος, περιφερειακή ενότητα ή περιφέρεια", "value=\"Χωρίς όνομα\"");
        assertThat(names(ATTICA_TWO)).doesNotContain("Φορέας Σελίδας Γραμμών");
        // A wrong postal code in the second row: the summary links to it, the message stands beside it.
        var refused = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                .param("kind", "NGO").param("locations[0].address", "Πρώτη Οδός 1")
                .param("locations[1].address", "Δεύτερη Οδός 2").param("locations[1].postalCode", "99")
                .param("contacts[0].name", "Γραμματεία"), null)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("role=\"alert\"", "href=\"#locations[1].postalCode\"",
                "Τοποθεσία 2: Ταχυδρομικός κώδικας", "id=\"locations[1].postalCode-error\"", "aria-invalid=\"true\"",
                "value=\"Δεύτερη Οδός 2\"", "value=\"Γραμματεία\"");
        var saved = mvc.perform(in(ATTICA_TWO, "coordinator", post("/t/" + ATTICA_TWO + "/partners")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("name", "Φορέας Σελίδας Γραμμών")
                .param("kind", "NGO").param("locations[0].address", "Πρώτη Οδός 1")
                .param("locations[1].address", "Δεύτερη Οδός 2").param("locations[1].postalCode", "117 43")
                .param("contacts[0].name", "Γραμματεία").param("contacts[0].phone", "")
                .param("serviceAreas[0].name", "").param("serviceAreas[0].description", ""), null))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isBetween(300, 399);
        assertThat(read(ATTICA_TWO, "/t/" + ATTICA_TWO + "/partners")).contains("Φορέας Σελίδας Γραμμών",
                "Πρώτη Οδός 1", "Δεύτερη Οδός 2, 117 43", "Γραμματεία");
    }

    @Test
    void aReferralCountsUnderItsDirectoryServicesTypeElseItsPartnersKind() throws Exception {
        String hospital = add(ATTICA_ONE, "coordinator", "REGIONAL", "Νοσοκομείο της Περιφέρειας", "HOSPITAL", null);
        String partner = add(ATTICA_TWO, "social-worker", "PRIVATE", "Φορέας που Παρακολουθεί", "NGO", null);
        String person = registerPerson(ATTICA_TWO, "Άννα", "Σταύρου", "1985-06-06");
        String toService = JsonPath.read(mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","directoryServiceId":"%s","reason":"Εξετάσεις"}"""
                        .formatted(person, partner, hospital))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals"), """
                        {"beneficiaryId":"%s","partnerId":"%s","reason":"Στήριξη"}""".formatted(person, partner)))
                .andExpect(status().isCreated());
        for (var step : List.of("{\"to\":\"ACCEPTED\",\"version\":0}",
                "{\"to\":\"COMPLETED\",\"outcome\":\"Έγιναν\",\"version\":1}")) {
            mvc.perform(in(ATTICA_TWO, "social-worker", post("/api/referrals/{id}/transitions", toService), step))
                    .andExpect(status().isOk());
        }
        List<String> facts = jdbc.queryForList("select fact::text from "
                + gr.kentra.commons.tenant.TenantId.of(ATTICA_TWO).quotedSchemaName()
                + ".indicator_outbox where fact->>'type' like 'REFERRAL%' order by created_at", String.class);
        assertThat(facts).extracting(f -> JsonPath.read(f, "$.type") + "/" + JsonPath.read(f, "$.category"))
                .containsExactly("REFERRAL_SENT/HOSPITAL", "REFERRAL_SENT/NGO", "REFERRAL_CLOSED/HOSPITAL");
    }

    private String read(String centre, String path) throws Exception {
        return mvc.perform(in(centre, "coordinator", get(path), null)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withBody(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private void place(String centre, String region) throws Exception {
        mvc.perform(put("/internal/tenants/{tenant}", centre).with(tenantService())
                .contentType(MediaType.APPLICATION_JSON).content("{\"region\":\"%s\"}".formatted(region)))
                .andExpect(status().isOk());
    }

    private static String form(String scope, String name, String kind, String area) {
        return """
                {"scope":%s,"name":"%s","kind":"%s","serviceAreas":%s}""".formatted(
                scope == null ? "null" : "\"" + scope + "\"", name, kind,
                area == null ? "null" : "[{\"name\":\"" + area + "\"}]");
    }

    private String add(String centre, String role, String scope, String name, String kind, String area)
            throws Exception {
        String body = mvc.perform(in(centre, role, post("/api/directory/services"), form(scope, name, kind, area)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scope").value(scope == null ? "PRIVATE" : scope))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private Set<String> ids(String centre,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(in(centre, "social-worker", request, null)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Set.copyOf(JsonPath.<List<String>>read(body, "$[*].id"));
    }

    private List<String> names(String centre) throws Exception {
        return JsonPath.read(mvc.perform(in(centre, "social-worker", get("/api/directory/services"), null))
                .andReturn().getResponse().getContentAsString(), "$[*].name");
    }

    private JsonNode export(String centre, String scope) throws Exception {
        return JSON.readTree(mvc.perform(in(centre, "social-worker", get("/api/directory/hsds").param("scope", scope),
                null)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode organization(JsonNode export, String name) {
        for (JsonNode organization : export.path("contents")) {
            if (organization.path("name").asString().equals(name)) {
                return organization;
            }
        }
        throw new AssertionError("no organization " + name + " in " + export);
    }

    /** The organizations of {@code export} that {@code of} holds, in {@code of}'s order. */
    private static JsonNode organizations(JsonNode export, JsonNode of) {
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        export.path("contents").forEach(o -> byId.put(o.path("id").asString(), o));
        var array = JSON.createArrayNode();
        of.path("contents").forEach(o -> array.add(byId.get(o.path("id").asString())));
        return array;
    }
}
