package gr.kentra.cases.beneficiary;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.beneficiary.identifiers.GreekIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BeneficiaryApiTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "elefsina-api";

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    @Test
    void registersAndReadsBackWithGeneratedLatinNames() throws Exception {
        String body = register("""
                {"firstName":"Νικόλαος","lastName":"Παπαδόπουλος","dateOfBirth":"1975-03-02","gender":"MALE",
                 "amka":"01013099997","afm":"EL 090000045"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/beneficiaries/")))
                .andExpect(jsonPath("$.latinFirstName").value("Nikolaos"))
                .andExpect(jsonPath("$.latinLastName").value("Papadopoulos"))
                .andExpect(jsonPath("$.afm").value("090000045"))
                .andExpect(jsonPath("$.registeredBy").value("maria"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(inTenant(get("/api/beneficiaries/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.lastName").value("Παπαδόπουλος"))
                .andExpect(jsonPath("$.dateOfBirth").value("1975-03-02"))
                .andExpect(jsonPath("$.gender").value("MALE"))
                .andExpect(jsonPath("$.amka").value("01013099997"));
    }

    @Test
    void keepsLatinNamesThatAreGiven() throws Exception {
        register("""
                {"firstName":"Ελένη","lastName":"Γεωργίου","latinFirstName":"Helen","dateOfBirth":"1990-01-01",
                 "gender":"FEMALE"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latinFirstName").value("Helen"))
                .andExpect(jsonPath("$.latinLastName").value("Georgiou"));
    }

    @Test
    void refusesABadAmkaInGreekByDefaultAndInEnglishOnRequest() throws Exception {
        String bad = """
                {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1990-01-01","gender":"FEMALE",
                 "amka":"01013099998"}""";
        register(bad, "el")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("amka"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ΑΜΚΑ")));
        register(bad, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amka"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is not a valid AMKA")));
        register(bad, null)
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ΑΜΚΑ")));
    }

    @Test
    void refusesABadAfm() throws Exception {
        register("""
                {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1990-01-01","gender":"FEMALE",
                 "afm":"000000000"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("afm")));
    }

    @Test
    void requiresALastName() throws Exception {
        register("""
                {"firstName":"Ελένη","dateOfBirth":"1990-01-01","gender":"FEMALE"}""", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void refusesABirthDateInTheFuture() throws Exception {
        register("""
                {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"2999-01-01","gender":"FEMALE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    }

    @Test
    void answersMalformedJsonWithAProblem() throws Exception {
        register("{\"firstName\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void namesTheFieldOfAnUnknownGender() throws Exception {
        register("""
                {"firstName":"Ελένη","lastName":"Γεωργίου","dateOfBirth":"1990-01-01","gender":"ALIEN"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gender"));
    }

    @Test
    void answersATypeMismatchWith400() throws Exception {
        mvc.perform(inTenant(get("/api/beneficiaries/not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(inTenant(get("/api/beneficiaries").param("page", "x")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void refusesTheSameAmkaTwiceNamingTheExistingRecord() throws Exception {
        String person = """
                {"firstName":"Μαρία","lastName":"Νικολάου","dateOfBirth":"1960-02-01","gender":"FEMALE",
                 "amka":"%s"}""".formatted(validAmka());
        String id = JsonPath.read(register(person).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        register(person)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.existingId").value(id))
                .andExpect(jsonPath("$.existing").value("/api/beneficiaries/" + id));
    }

    @Test
    void unknownIdIsAProblem404() throws Exception {
        mvc.perform(inTenant(get("/api/beneficiaries/{id}", java.util.UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private static String validAmka() {
        String payload = "150260" + String.format("%04d", (int) (Math.random() * 10_000));
        return payload + GreekIdentifiers.luhnCheckDigit(payload);
    }

    private ResultActions register(String json) throws Exception {
        return register(json, null);
    }

    private ResultActions register(String json, String language) throws Exception {
        MockHttpServletRequestBuilder request = inTenant(post("/api/beneficiaries"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    private static MockHttpServletRequestBuilder inTenant(MockHttpServletRequestBuilder request) {
        return request.header("X-Kentra-Tenant", TENANT).with(socialWorkerOf(TENANT));
    }
}
