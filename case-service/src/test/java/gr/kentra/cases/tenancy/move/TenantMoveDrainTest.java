package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import gr.kentra.cases.tenancy.gate.FrozenTenantResponse;
import gr.kentra.cases.tenancy.gate.MoveLock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A move drains this instance's own work (issue 15): the move lock a centre's transaction holds lasts until its
 * commit, so the move waits for an open transaction, the centre's requests meanwhile get the 503 problem, and a
 * session that kept its connection to the old cell has its next transaction refused rather than run there.
 */
class TenantMoveDrainTest extends TwoCellMoveSupport {

    @Autowired
    EntityManagerFactory entities;

    @Test
    void aMoveWaitsForAnOpenTransactionOfTheCentreAndItsRequestsMeanwhileGetThe503() throws Exception {
        provision("move-drain");
        List<String> people = fill("move-drain");
        ExecutorService admin = Executors.newSingleThreadExecutor();
        try (Session session = entities.unwrap(SessionFactory.class).withOptions().tenantIdentifier("move-drain")
                .openSession()) {
            session.beginTransaction();
            assertThat(beneficiaries(session)).isEqualTo(2);
            Future<MvcResult> moving = admin.submit(() -> move("move-drain", "cell-2").andReturn());

            await().atMost(Duration.ofSeconds(20)).until(this::moveWaitsForTheLock);
            mvc.perform(in("move-drain", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null)
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.title").value("Centre being moved"));
            assertThat(moving).as("waiting for the open transaction").isNotDone();
            assertThat(count(cellOne, "t_move_drain", "beneficiary")).isEqualTo(2);

            session.getTransaction().commit();
            assertThat(moving.get(60, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);

            session.beginTransaction();
            Throwable refused = catchThrowable(() -> beneficiaries(session));
            assertThat(FrozenTenantResponse.isFrozenRefusal(refused)).as("refused: %s", refused).isTrue();
            session.getTransaction().rollback();
        } finally {
            admin.shutdownNow();
        }
        assertThat(schemaExists(cellOne, "t_move_drain")).isFalse();
        assertThat(count(cellTwo, "t_move_drain", "beneficiary")).isEqualTo(2);
        mvc.perform(in("move-drain", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null))
                .andExpect(status().isOk());
    }

    private boolean moveWaitsForTheLock() {
        return cellOne.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and mode = 'ExclusiveLock' and classid = ? and objsubid = 2"
                + " and objid::text::bigint = (hashtext('t_move_drain')::bigint & 4294967295)", Long.class,
                MoveLock.MOVE_LOCK) > 0;
    }

    private static long beneficiaries(Session session) {
        return session.createNativeQuery("select count(*) from beneficiary", Long.class).getSingleResult();
    }
}
