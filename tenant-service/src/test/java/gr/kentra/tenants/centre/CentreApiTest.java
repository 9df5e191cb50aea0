package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gr.kentra.tenants.centre.registry.Centre;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CentreApiTest extends RegistryTest {

    private static final String AGIA_VARVARA = """
            {"id":"agia-varvara","nameEl":"Κέντρο Κοινότητας Δήμου Αγίας Βαρβάρας",
             "nameEn":"Community Centre of Agia Varvara","municipality":"Αγία Βαρβάρα","region":"attica",
             "misCode":"5001234","programmePeriod":"2021-2027"}""";

    @Test
    void holdsTheFourSeedCentresFromFirstStart() throws Exception {
        mvc.perform(get("/admin/api/tenants").with(platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].id",
                        containsInAnyOrder("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki")));
        mvc.perform(get("/admin/api/tenants/moschato-tavros").with(platformAdmin()))
                .andExpect(jsonPath("$.misCode").value("5001910"))
                .andExpect(jsonPath("$.region").value("attica"))
                .andExpect(jsonPath("$.regionNameEl").value("Αττική"));
    }

    @Test
    void filtersByRegionStatusAndText() throws Exception {
        mvc.perform(get("/admin/api/tenants?region=thessaly").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("mouzaki"));
        mvc.perform(get("/admin/api/tenants?q=ελευσ").with(platformAdmin()))
                .andExpect(jsonPath("$.items[0].id").value("elefsina"));
        mvc.perform(get("/admin/api/tenants?status=SUSPENDED").with(platformAdmin()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/api/tenants?region=atlantis").with(platformAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/admin/api/tenants?status=SLEEPING").with(platformAdmin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onboardingRegistersTheCentreAndMakesItsSchemaBeforeAnswering() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/admin/api/tenants/agia-varvara"))
                .andExpect(jsonPath("$.schemaStatus").value("READY"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        assertThat(provisioner.provisioned()).containsExactly("agia-varvara");
        assertThat(jdbc.queryForList("select action from audit_event where centre_id = 'agia-varvara'", String.class))
                .contains("ONBOARDED", "SCHEMA_READY");
    }

    @Test
    void keepsTheCentreWhenItsSchemaCannotBeMadeAndSaysSo() throws Exception {
        provisioner.failWith(new IllegalStateException("case-service unreachable"));

        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schemaStatus").value("FAILED"))
                .andExpect(jsonPath("$.status").value("ONBOARDING"))
                .andExpect(jsonPath("$.schemaError").value("case-service unreachable"));
    }

    @Test
    void refusesADuplicateCentre() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA.replace("agia-varvara", "elefsina")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.existing").value("/admin/api/tenants/elefsina"));
    }

    @Test
    void refusesInGreekOrEnglish() throws Exception {
        mvc.perform(get("/admin/api/tenants").with(socialWorker()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("διαχειριστές")));
        mvc.perform(get("/admin/api/tenants").with(socialWorker()).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("platform administrators")));
        mvc.perform(get("/admin/api/tenants"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("διακριτικό πρόσβασης")));
        mvc.perform(get("/admin/api/tenants").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("A valid access token is required."));
    }

    @Test
    void onlyPlatformAdministratorsMayUseTheRegistry() throws Exception {
        mvc.perform(post("/admin/api/tenants").with(socialWorker())
                        .contentType(MediaType.APPLICATION_JSON).content(AGIA_VARVARA))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/admin/api/tenants"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(provisioner.provisioned()).isEmpty();
    }

    @Test
    void explainsInvalidFieldsInGreekAndInEnglish() throws Exception {
        String bad = """
                {"id":"Agia_Varvara","nameEl":"","nameEn":"x","municipality":"x","region":"atlantis","misCode":"12"}""";
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "el")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("id", "nameEl", "region", "misCode")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("περιφέρειες"))));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("13 region codes"))));
        mvc.perform(post("/admin/api/tenants").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("select count(*) from centre", Integer.class)).isEqualTo(4);
    }

    @Test
    void movesACentreThroughItsLifecycleAndRefusesIllegalSteps() throws Exception {
        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ARCHIVED\"}"))
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A centre that is \"Archived\" cannot become \"Active\"."))
                .andExpect(jsonPath("$.from").value("ARCHIVED"));
        mvc.perform(patch("/admin/api/tenants/mouzaki").with(platformAdmin()).header("Accept-Language", "el")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Ένα κέντρο που είναι «Αρχειοθετημένο» δεν μπορεί να γίνει «Ενεργό»."));
        assertThat(jdbc.queryForList("select detail from audit_event where centre_id = 'mouzaki' and action = 'STATUS_CHANGED'",
                String.class)).contains("ACTIVE -> SUSPENDED", "SUSPENDED -> ACTIVE", "ACTIVE -> ARCHIVED");
    }

    @Test
    void refusesAnEditBasedOnAnOldVersion() throws Exception {
        long version = jdbc.queryForObject("select version from centre where id = 'nea-smyrni'", Long.class);
        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"210 0000000\",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("210 0000000"));
        mvc.perform(patch("/admin/api/tenants/nea-smyrni").with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"210 1111111\",\"version\":" + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(version + 1));
    }

    @Test
    void answersUnknownCentresWithNotFound() throws Exception {
        mvc.perform(get("/admin/api/tenants/atlantis").with(platformAdmin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
