package gr.kentra.cases.openinghours;

import static gr.kentra.cases.NamedStaff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpeningHoursApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "hours-here";

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    @Test
    void aNewCentreOpensMondayToFridayEightToFourWithWalkInNineToOne() throws Exception {
        provision("hours-seeded");
        mvc.perform(as("hours-seeded", "anna", "admin-staff", get("/api/opening-hours"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(5))
                .andExpect(jsonPath("$.days[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.days[0].opens").value("08:00:00"))
                .andExpect(jsonPath("$.days[0].closes").value("16:00:00"))
                .andExpect(jsonPath("$.days[0].walkInFrom").value("09:00:00"))
                .andExpect(jsonPath("$.days[0].walkInTo").value("13:00:00"))
                .andExpect(jsonPath("$.days[4].day").value("FRIDAY"))
                .andExpect(jsonPath("$.days[?(@.day == 'SATURDAY')]").isEmpty())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theCoordinatorReplacesTheWeekAndAStaleVersionIsAConflict() throws Exception {
        String current = mvc.perform(as(TENANT, "maria", "social-worker", get("/api/opening-hours"), null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(current, "$.version");
        String week = """
                {"days":[{"day":"TUESDAY","opens":"09:00","closes":"17:00"},
                         {"day":"MONDAY","opens":"08:00","closes":"15:00","walkInFrom":"08:00","walkInTo":"10:00"}],
                 "version":%d}""".formatted(version);
        mvc.perform(as(TENANT, "maria", "social-worker", put("/api/opening-hours"), week))
                .andExpect(status().isForbidden());
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), week))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(2))
                .andExpect(jsonPath("$.days[0].day").value("MONDAY"))
                .andExpect(jsonPath("$.days[1].walkInFrom").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.updatedBy").value("kostas"))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), week))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
    }

    @Test
    void refusesImpossibleHoursInGreekAndEnglish() throws Exception {
        String backwards = """
                {"days":[{"day":"MONDAY","opens":"16:00","closes":"08:00"}],"version":0}""";
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), backwards))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[0].closes"))
                .andExpect(jsonPath("$.errors[0].message").value("πρέπει να είναι μετά την ώρα ανοίγματος"));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), backwards)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("must be after the opening time"));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), """
                        {"days":[{"day":"MONDAY","opens":"08:00","closes":"16:00","walkInFrom":"15:00",
                                  "walkInTo":"17:00"}],"version":0}""").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[0].walkInTo"));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), """
                        {"days":[{"day":"MONDAY","opens":"08:00","closes":"16:00","walkInFrom":"09:00"}],
                         "version":0}""").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[0].walkInTo"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("give both ends of the walk-in window, or neither"));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), """
                        {"days":[{"day":"MONDAY","opens":"08:00","closes":"16:00"},
                                 {"day":"MONDAY","opens":"09:00","closes":"12:00"}],"version":0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[1].day"));
        mvc.perform(as(TENANT, "kostas", "coordinator", put("/api/opening-hours"), """
                        {"days":[{"day":"FUNDAY","opens":"08:00","closes":"16:00"}],"version":0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days[0].day"));
    }

    @Test
    void bookingsFollowTheHoursTheCoordinatorSet() throws Exception {
        provision("hours-saturday");
        String person = registerPerson("hours-saturday", "Ιωάννα", "Σαββάτου", "1970-01-01");
        String saturday = """
                {"staff":"eleni","beneficiary":"%s","start":"2031-01-11T10:00","end":"2031-01-11T10:30"}"""
                .formatted(person);
        mvc.perform(as("hours-saturday", "anna", "admin-staff", post("/api/appointments"), saturday))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        String current = mvc.perform(as("hours-saturday", "kostas", "coordinator", get("/api/opening-hours"), null))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(as("hours-saturday", "kostas", "coordinator", put("/api/opening-hours"), """
                        {"days":[{"day":"SATURDAY","opens":"09:00","closes":"13:00"}],"version":%d}"""
                        .formatted(JsonPath.<Integer>read(current, "$.version"))))
                .andExpect(status().isOk());
        mvc.perform(as("hours-saturday", "anna", "admin-staff", post("/api/appointments"), saturday))
                .andExpect(status().isCreated());
        mvc.perform(as("hours-saturday", "anna", "admin-staff", post("/api/appointments"),
                        saturday.replace("2031-01-11", "2031-01-13")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("το κέντρο είναι κλειστό εκείνη την ημέρα"));
    }
}
