package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.cell.TenantCells;
import gr.kentra.cases.tenancy.gate.MoveLock;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.launcher.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Another instance of case-service is played by plain connections to the cell doing what every instance's
 * connection checkout does ({@link MoveLock}): its running work holds the tenant's move lock shared, its new work
 * asks for it, and its memory may still place the tenant on the old cell.
 */
class TenantMoveAcrossInstancesTest extends TwoCellMoveSupport {

    @Autowired
    TenantCells placements;

    @Test
    void aMoveWaitsForWorkRunningOnAnotherInstance() throws Exception {
        provision("move-waits");
        fill("move-waits");
        TenantId tenant = TenantId.of("move-waits");
        ExecutorService admin = Executors.newSingleThreadExecutor();
        try (Connection otherInstance = cellOneConnection()) {
            assertThat(MoveLock.enterShared(otherInstance, tenant)).isEqualTo(MoveLock.Entry.HELD);
            Future<MvcResult> moving = admin.submit(() -> move("move-waits", "cell-2").andReturn());

            Thread.sleep(1_500);
            assertThat(moving).as("waiting for the other instance's work").isNotDone();
            assertThat(schemaExists(cellTwo, "t_move_waits")).as("target made").isTrue();
            assertThat(count(cellOne, "t_move_waits", "beneficiary")).isEqualTo(2);

            MoveLock.leaveShared(otherInstance, tenant);
            assertThat(moving.get(60, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
        } finally {
            admin.shutdownNow();
        }
        assertThat(schemaExists(cellOne, "t_move_waits")).isFalse();
        assertThat(count(cellTwo, "t_move_waits", "beneficiary")).isEqualTo(2);
    }

    @Test
    void anotherInstanceStartsNoWorkOnTheCentreWhileItMoves() throws Exception {
        provision("move-refuses");
        fill("move-refuses");
        TenantId tenant = TenantId.of("move-refuses");
        AtomicReference<MoveLock.Entry> otherInstanceGot = new AtomicReference<>();
        mover.interfere(target -> {
            try (Connection otherInstance = cellOneConnection()) {
                otherInstanceGot.set(MoveLock.enterShared(otherInstance, tenant));
            }
        });

        move("move-refuses", "cell-2").andExpect(status().isOk());

        assertThat(otherInstanceGot.get()).isEqualTo(MoveLock.Entry.MOVING);
    }

    @Test
    void anInstanceStillPlacingTheCentreOnItsOldCellFindsTheNewOne() throws Exception {
        provision("move-stale");
        List<String> people = fill("move-stale");
        move("move-stale", "cell-2").andExpect(status().isOk());
        // What another instance's memory still says: the old cell, where the schema no longer is.
        placements.placed(TenantId.of("move-stale"), DatabaseCells.DEFAULT);

        mvc.perform(in("move-stale", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastName").value("Μετακομίδου"));
        assertThat(placements.of(TenantId.of("move-stale")).name()).isEqualTo("cell-2");
    }

    @Test
    void workRefusedBecauseOfAMoveIsA503WithRetryAfter() throws Exception {
        provision("move-locked");
        List<String> people = fill("move-locked");
        TenantId tenant = TenantId.of("move-locked");
        try (Connection mover = cellOneConnection()) {
            assertThat(MoveLock.enterExclusive(mover, tenant, java.time.Duration.ofSeconds(5))).isTrue();

            mvc.perform(in("move-locked", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null)
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .exists("Retry-After"));
            // The move ends: its lock released now. Closing the connection alone releases it only when the server's
            // backend has exited, after close() returns, and the next request could still find it held (a 503).
            try (java.sql.Statement release = mover.createStatement()) {
                release.execute("select pg_advisory_unlock_all()");
            }
        }
        mvc.perform(in("move-locked", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null))
                .andExpect(status().isOk());
    }

    private static Connection cellOneConnection() throws java.sql.SQLException {
        return DriverManager.getConnection(TestPostgres.database("cases_move1"), TestPostgres.username(),
                TestPostgres.password());
    }
}
