package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.tenants.centre.registry.Centre;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Issue 4's registry fields through the API: round trip, validation in Greek and English, search and sort. */
class CentreRegistryFieldsTest extends RegistryTest {

    private static final String AGIA_VARVARA = """
            {"id":"agia-varvara","nameEl":"Κέντρο Κοινότητας Δήμου Αγίας Βαρβάρας",
             "nameEn":"Community Centre of Agia Varvara","municipality":"Αγία Βαρβάρα","region":"attica","phone":"210 5550000",
             "programmeCode":"2021GR05SFPR001","programmeName":"Αττική 2021-2027","priorityAxisCode":"4",
             "priorityAxisName":"Κοινωνική ένταξη",
             "operations":[{"programmePeriod":"2014-2020","misCode":"5001234"},
                           {"programmePeriod":"2021-2027","misCode":"6005678"}],
             "openingHours":[{"day":"MONDAY","from":"08:00","to":"16:00"},{"day":"TUESDAY","from":"08:00","to":"16:00"}],
             "walkInHours":[{"day":"MONDAY","from":"09:00","to":"13:00"}],
             "branches":["ROMA","MIGRANTS"],"mobileUnit":true,
             "staff":{"SOCIAL_WORKER":2,"PSYCHOLOGIST":1,"COORDINATOR":1},"operatingSince":"2017-12"}""";

    @Test
    void keepsEveryRegistryFieldOfANewCentre() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isCreated());

        mvc.perform(get("/admin/api/tenants/agia-varvara").with(platformAdmin()))
                .andExpect(jsonPath("$.programmeCode").value("2021GR05SFPR001"))
                .andExpect(jsonPath("$.priorityAxisCode").value("4"))
                .andExpect(jsonPath("$.operations.length()").value(2))
                .andExpect(jsonPath("$.misCode").value("6005678"))
                .andExpect(jsonPath("$.programmePeriod").value("2021-2027"))
                .andExpect(jsonPath("$.openingHours[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.openingHours[0].from").value("08:00"))
                .andExpect(jsonPath("$.openingHours[1].day").value("TUESDAY"))
                .andExpect(jsonPath("$.walkInHours[0].to").value("13:00"))
                .andExpect(jsonPath("$.branches", containsInAnyOrder("ROMA", "MIGRANTS")))
                .andExpect(jsonPath("$.mobileUnit").value(true))
                .andExpect(jsonPath("$.staff.SOCIAL_WORKER").value(2))
                .andExpect(jsonPath("$.staff.COORDINATOR").value(1))
                .andExpect(jsonPath("$.phone").value("210 5550000"))
                .andExpect(jsonPath("$.operatingSince").value("2017-12"));
        // case-service files the centre's indicator facts under the current period's operation.
        assertThat(provisioner.operations()).containsEntry("agia-varvara", "6005678");
    }

    @Test
    void refusesWalkInHoursOutsideOpeningHoursAndNegativeHeadcountsInGreekAndEnglish() throws Exception {
        String bad = AGIA_VARVARA.replace("\"walkInHours\":[{\"day\":\"MONDAY\",\"from\":\"09:00\"",
                "\"walkInHours\":[{\"day\":\"MONDAY\",\"from\":\"07:00\"").replace("\"PSYCHOLOGIST\":1", "\"PSYCHOLOGIST\":-1");
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "el")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("walkInHours[0]", "staff[PSYCHOLOGIST]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(
                        "οι ώρες υποδοχής χωρίς ραντεβού πρέπει να είναι μέσα στις ώρες λειτουργίας της ίδιας ημέρας")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("δεν μπορεί να είναι αρνητικός αριθμός")));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(jsonPath("$.errors[*].message", hasItem(
                        "walk-in hours must lie within the opening hours of the same day")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("cannot be negative")));
        assertThat(jdbc.queryForObject("select count(*) from centre where id = 'agia-varvara'", Integer.class)).isZero();
    }

    @Test
    void refusesSlotsThatEndBeforeTheyStartOrOverlapAndUnknownRolesOrBranches() throws Exception {
        String backwards = AGIA_VARVARA.replace("{\"day\":\"TUESDAY\",\"from\":\"08:00\",\"to\":\"16:00\"}",
                "{\"day\":\"MONDAY\",\"from\":\"15:00\",\"to\":\"17:00\"},{\"day\":\"TUESDAY\",\"from\":\"16:00\",\"to\":\"08:00\"}");
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(backwards))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("openingHours[1]", "openingHours[2]")))
                .andExpect(jsonPath("$.errors[*].message", containsInAnyOrder(
                        "overlaps another slot of the same day", "must end after it starts")));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA.replace("\"ROMA\"", "\"SAILORS\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("branches[0]"));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA.replace("6005678", "12")
                                .replace("2017-12", "2017-13")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("operations[1].misCode", "operatingSince")));
    }

    @Test
    void checksAPartialUpdateAgainstTheStoredHours() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isCreated());

        mvc.perform(patch("/admin/api/tenants/agia-varvara").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"walkInHours\":[{\"day\":\"TUESDAY\",\"from\":\"15:00\",\"to\":\"17:00\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("walkInHours[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "walk-in hours must lie within the opening hours of the same day"));

        mvc.perform(patch("/admin/api/tenants/agia-varvara").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"walkInHours\":[{\"day\":\"TUESDAY\",\"from\":\"10:00\",\"to\":\"12:00\"}],"
                                + "\"staff\":{\"ADMIN_STAFF\":1},\"branches\":[\"MIGRANTS\"],\"phone\":\"\","
                                + "\"misCode\":\"5009999\",\"programmePeriod\":\"2014-2020\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.walkInHours.length()").value(1))
                .andExpect(jsonPath("$.walkInHours[0].day").value("TUESDAY"))
                .andExpect(jsonPath("$.openingHours.length()").value(2))
                .andExpect(jsonPath("$.staff.ADMIN_STAFF").value(1))
                .andExpect(jsonPath("$.staff.SOCIAL_WORKER").doesNotExist())
                .andExpect(jsonPath("$.branches", contains("MIGRANTS")))
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.mobileUnit").value(true))
                .andExpect(jsonPath("$.operations[0].misCode").value("5009999"))
                .andExpect(jsonPath("$.misCode").value("6005678"));
    }

    @Test
    void findsCentresIgnoringAccentsAndCase() throws Exception {
        for (String query : new String[] {"ΜΟΣΧΑΤΟΥ", "μοσχάτου", "Μοσχατου", "moschato"}) {
            mvc.perform(get("/admin/api/tenants").param("q", query).with(platformAdmin()))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].id").value("moschato-tavros"));
        }
        mvc.perform(get("/admin/api/tenants").param("q", "ΣΜΥΡΝΗΣ").with(platformAdmin()))
                .andExpect(jsonPath("$.items[0].id").value("nea-smyrni"));
        mvc.perform(get("/admin/api/tenants").param("q", "%").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void filtersByGeneratedAndSortsAndPages() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isCreated());
        jdbc.update("update centre set generated = true where id = 'agia-varvara'");

        mvc.perform(get("/admin/api/tenants?generated=true").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("agia-varvara"));
        mvc.perform(get("/admin/api/tenants?generated=false&sort=municipality&dir=desc").with(platformAdmin()))
                .andExpect(jsonPath("$.items[*].municipality",
                        contains("Νέα Σμύρνη", "Μουζάκι", "Μοσχάτο – Ταύρος", "Ελευσίνα")));
        mvc.perform(get("/admin/api/tenants?sort=id&size=2&page=1").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[*].id", contains("moschato-tavros", "mouzaki")));
        mvc.perform(get("/admin/api/tenants?region=attica&status=ACTIVE&generated=false").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/admin/api/tenants?sort=salary").with(platformAdmin()))
                .andExpect(status().isBadRequest());
    }
}
