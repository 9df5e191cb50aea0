package gr.kentra.cases.session;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class SessionHeldTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "sessions-events";

    @Autowired
    private ApplicationEvents events;

    private String person;
    private String partner;

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
        person = registerPerson(TENANT, "Γεωργία", "Λάμπρου", "1979-04-04");
        partner = registerPerson(TENANT, "Γιάννης", "Λάμπρου", "1977-09-09");
    }

    @Test
    void recordingASessionPublishesSessionHeldWithTypeParticipantsAndDate() throws Exception {
        String body = mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"), """
                        {"type":"FAMILY","date":"2026-02-10","durationMinutes":60,"participants":["%s","%s"],
                         "topic":"FAMILY_RELATIONS","notes":"Ένταση στο σπίτι."}""".formatted(person, partner)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<SessionHeld> held = events.stream(SessionHeld.class).toList();
        assertThat(held).singleElement().satisfies(event -> {
            assertThat(event.sessionId()).isEqualTo(UUID.fromString(JsonPath.read(body, "$.id")));
            assertThat(event.type()).isEqualTo(SessionType.FAMILY);
            assertThat(event.date()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(event.participantIds()).containsExactlyInAnyOrder(UUID.fromString(person),
                    UUID.fromString(partner));
        });
    }

    @Test
    void aRefusedSessionPublishesNothing() throws Exception {
        mvc.perform(as(TENANT, "eleni", "psychologist", post("/api/sessions"), """
                        {"type":"FAMILY","date":"2026-02-10","durationMinutes":60,"participants":["%s"],
                         "topic":"FAMILY_RELATIONS"}""".formatted(person)))
                .andExpect(status().isBadRequest());
        assertThat(events.stream(SessionHeld.class)).isEmpty();
    }
}
