package gr.kentra.cases.tenancy.move;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A seam for tests: runs on the target's connection after the rows were copied and before they are verified,
 * inside the target's transaction. Production uses {@link #NONE}; a test may change a row there or break the
 * connection to prove that a move then leaves the centre on its source cell with nothing left on the target.
 */
@FunctionalInterface
interface MoveInterference {

    MoveInterference NONE = target -> { };

    void beforeVerify(Connection target) throws SQLException;
}
