package gr.kentra.cases.appointment;

import static gr.kentra.cases.NamedStaff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletResponse;

/** No double booking, even when the application's own check is raced or bypassed. */
class DoubleBookingTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "appointments-race";
    private static final String INSERT = """
            insert into t_appointments_race.appointment
              (id, staff, beneficiary_id, starts_at, ends_at, purpose, status, booked_by, booked_at, version)
            values (gen_random_uuid(), ?, ?::uuid, ?::timestamp, ?::timestamp, 'x', ?, 'test', now(), 0)""";

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    @Test
    void twoConcurrentBookingsOfOneSlotBookOnlyOne() throws Exception {
        String first = registerPerson(TENANT, "Άννα", "Πρώτη", "1990-01-01");
        String second = registerPerson(TENANT, "Άννα", "Δεύτερη", "1990-01-01");
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> results = new ArrayList<>();
            for (String person : List.of(first, second)) {
                Callable<MockHttpServletResponse> booking = () -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(as(TENANT, "anna", "admin-staff", post("/api/appointments"),
                            AppointmentApiTest.slot("race-staff", person, "2031-03-03T14:00", "2031-03-03T15:00")))
                            .andReturn().getResponse();
                };
                results.add(pool.submit(booking));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String refusal = null;
            for (Future<MockHttpServletResponse> result : results) {
                MockHttpServletResponse response = result.get(60, TimeUnit.SECONDS);
                statuses.add(response.getStatus());
                if (response.getStatus() == 409) {
                    refusal = response.getContentAsString();
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(refusal).contains("\"with\":\"STAFF\"", "race-staff");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from t_appointments_race.appointment "
                + "where staff = 'race-staff' and status = 'BOOKED'", Integer.class)).isOne();
    }

    @Test
    void theDatabaseRefusesOverlappingBookingsOfOneStaffMemberOrOnePerson() throws Exception {
        String person = registerPerson(TENANT, "Άννα", "Τρίτη", "1990-01-01");
        jdbc.update(INSERT, "db-staff", person, "2031-03-10 14:00", "2031-03-10 15:00", "BOOKED");
        assertThatThrownBy(() -> jdbc.update(INSERT, "db-staff", null, "2031-03-10 14:45", "2031-03-10 15:15",
                "BOOKED")).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointment_staff_no_overlap");
        assertThatThrownBy(() -> jdbc.update(INSERT, "db-other", person, "2031-03-10 13:30", "2031-03-10 14:15",
                "BOOKED")).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointment_beneficiary_no_overlap");
        // Cancelled appointments and back-to-back slots hold nothing.
        jdbc.update(INSERT, "db-staff", person, "2031-03-10 14:30", "2031-03-10 15:00", "CANCELLED");
        jdbc.update(INSERT, "db-staff", person, "2031-03-10 15:00", "2031-03-10 15:30", "BOOKED");
    }

    /**
     * Makes the race certain: another transaction holds an uncommitted booking of the slot, so the application's
     * check sees nothing and only the exclusion constraint can stop the second booking.
     */
    @Test
    void aBookingThatLosesTheRaceInTheDatabaseIsAConflictNamingTheWinner() throws Exception {
        String person = registerPerson(TENANT, "Άννα", "Τέταρτη", "1990-01-01");
        UUID winner = UUID.randomUUID();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement(INSERT.replace("gen_random_uuid()", "?::uuid"))) {
                insert.setString(1, winner.toString());
                insert.setString(2, "lock-staff");
                insert.setString(3, null);
                insert.setString(4, "2031-03-17 14:00");
                insert.setString(5, "2031-03-17 15:00");
                insert.setString(6, "BOOKED");
                insert.executeUpdate();
            }
            Future<MockHttpServletResponse> loser = pool.submit(() -> mvc.perform(as(TENANT, "anna", "admin-staff",
                    post("/api/appointments"), AppointmentApiTest.slot("lock-staff", person, "2031-03-17T14:30",
                            "2031-03-17T15:00"))).andReturn().getResponse());
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from "
                    + "pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
                    Integer.class) > 0);
            other.commit();
            MockHttpServletResponse response = loser.get(60, TimeUnit.SECONDS);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentAsString()).contains(winner.toString(), "\"with\":\"STAFF\"");
        } finally {
            pool.shutdownNow();
        }
    }
}
