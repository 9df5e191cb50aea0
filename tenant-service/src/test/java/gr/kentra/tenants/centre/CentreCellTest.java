package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.tenants.centre.registry.Centre;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Placement on database cells; the registry tests configure {@code kentra.cells=cell-1,cell-2}. */
class CentreCellTest extends RegistryTest {

    private static final String KALLITHEA = """
            {"id":"kallithea","nameEl":"Κέντρο Κοινότητας Δήμου Καλλιθέας",
             "nameEn":"Community Centre of Kallithea","municipality":"Καλλιθέα","region":"attica"%s}""";

    @Test
    void placesACentreOnTheCellGivenAtOnboardingAndTellsCaseService() throws Exception {
        onboard(",\"cell\":\"cell-2\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cell").value("cell-2"))
                .andExpect(jsonPath("$.schemaStatus").value("READY"));
        assertThat(provisioner.cells()).containsEntry("kallithea", "cell-2");
        mvc.perform(get("/admin/api/tenants/kallithea").with(platformAdmin()))
                .andExpect(jsonPath("$.cell").value("cell-2"));
        mvc.perform(get("/admin/api/tenants?q=kallithea").with(platformAdmin()))
                .andExpect(jsonPath("$.items[0].cell").value("cell-2"));
    }

    @Test
    void placesACentreOnTheDefaultCellWhenNoneIsGiven() throws Exception {
        onboard("").andExpect(status().isCreated()).andExpect(jsonPath("$.cell").value("cell-1"));
        assertThat(provisioner.cells()).containsEntry("kallithea", "cell-1");
    }

    @Test
    void theSeedCentresAreOnTheDefaultCellAndAreProvisionedThere() throws Exception {
        mvc.perform(get("/admin/api/tenants/mouzaki").with(platformAdmin()))
                .andExpect(jsonPath("$.cell").value("cell-1"));
        assertThat(reconciler.provision("mouzaki")).isTrue();
        assertThat(provisioner.cells()).containsEntry("mouzaki", "cell-1");
    }

    @Test
    void refusesACellThatIsNotConfiguredInGreekAndInEnglish() throws Exception {
        onboard(",\"cell\":\"cell-7\"", "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cell"))
                .andExpect(jsonPath("$.errors[0].message").value("is not one of the configured database cells"));
        onboard(",\"cell\":\"cell-7\"", "el")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("δεν είναι ένα από τα ρυθμισμένα κελιά βάσης δεδομένων"));
        assertThat(jdbc.queryForObject("select count(*) from centre where id = 'kallithea'", Integer.class)).isZero();
        assertThat(provisioner.provisioned()).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions onboard(String cell) throws Exception {
        return onboard(cell, "en");
    }

    private org.springframework.test.web.servlet.ResultActions onboard(String cell, String language) throws Exception {
        return mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(KALLITHEA.formatted(cell)));
    }
}
