package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A move cut short by a crash (the resilience suite kills case-service in the middle of one) leaves a copy of the
 * centre on a cell the registry does not place it on; the sweep drops it, and only it.
 */
class MoveLeftoversTest extends TwoCellMoveSupport {

    @Autowired
    MoveLeftovers leftovers;

    @Test
    void dropsTheHalfMadeTargetOfAMoveCutShortBeforeTheSwitchAndKeepsTheCentreWhole() throws Exception {
        provision("crash-before");
        fill("crash-before");
        Map<String, String> before = contents(cellOne, "t_crash_before");
        leftBehindOnCellTwo("t_crash_before");

        assertThat(leftovers.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(schemaExists(cellTwo, "t_crash_before")).as("the half-made copy is gone").isFalse();
        assertThat(contents(cellOne, "t_crash_before")).as("the centre, whole on its cell").isEqualTo(before);
        move("crash-before", "cell-2").andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("MOVED"));
        assertThat(contents(cellTwo, "t_crash_before")).isEqualTo(before);
    }

    @Test
    void dropsTheOldSourceOfAMoveCutShortAfterTheSwitch() throws Exception {
        provision("crash-after");
        fill("crash-after");
        move("crash-after", "cell-2").andExpect(status().isOk());
        Map<String, String> moved = contents(cellTwo, "t_crash_after");
        // As a crash between the switch and the drop of the source leaves it: the old copy still on cell-1.
        cellOne.execute("create schema t_crash_after");
        cellOne.execute("create table t_crash_after.beneficiary (id uuid primary key)");

        leftovers.sweep();

        assertThat(schemaExists(cellOne, "t_crash_after")).isFalse();
        assertThat(contents(cellTwo, "t_crash_after")).isEqualTo(moved);
    }

    @Test
    void leavesTheTargetOfAMoveThatRunsOnAnotherInstanceAndSchemasOfNoPlacedCentre() throws Exception {
        provision("crash-busy");
        leftBehindOnCellTwo("t_crash_busy");
        cellTwo.execute("create schema if not exists t_nobody_placed");
        try (Connection running = leftovers.running(TenantId.of("crash-busy")).orElseThrow()) {
            // Another session holds the lock, as another instance's move would.
            try (Connection other = leftovers.running(TenantId.of("crash-busy")).orElse(null)) {
                assertThat(other).as("one move of a centre at a time, across instances").isNull();
            }
            leftovers.sweep();
            assertThat(schemaExists(cellTwo, "t_crash_busy")).as("a running move's target").isTrue();
        }
        assertThat(schemaExists(cellTwo, "t_nobody_placed")).as("not a centre the registry places").isTrue();
        move("crash-busy", "cell-2").andExpect(status().isOk());
        assertThat(schemaExists(cellOne, "t_crash_busy")).isFalse();
        cellTwo.execute("drop schema t_nobody_placed");
    }

    @Test
    void refusesASecondMoveOfACentreWhileAnotherInstanceMovesIt() throws Exception {
        provision("crash-twice");
        try (Connection running = leftovers.running(TenantId.of("crash-twice")).orElseThrow()) {
            move("crash-twice", "cell-2").andExpect(status().isConflict());
        }
        assertThat(schemaExists(cellTwo, "t_crash_twice")).isFalse();
        assertThat(schemaExists(cellOne, "t_crash_twice")).isTrue();
    }

    @Test
    void readsTheCentreFromItsSchemaName() {
        assertThat(MoveLeftovers.tenantOf("t_nea_smyrni")).contains(TenantId.of("nea-smyrni"));
        assertThat(MoveLeftovers.tenantOf("platform")).isEmpty();
        assertThat(MoveLeftovers.tenantOf("t_")).isEmpty();
        assertThat(MoveLeftovers.tenantOf("t_Upper")).isEmpty();
    }

    /** What a move killed during its copy leaves on the target: the schema made, some rows in it. */
    private void leftBehindOnCellTwo(String schema) {
        cellTwo.execute("create schema " + schema);
        cellTwo.execute("create table " + schema + ".beneficiary (id uuid primary key)");
        cellTwo.execute("insert into " + schema + ".beneficiary values (gen_random_uuid())");
    }
}
