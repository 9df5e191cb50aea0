package gr.kentra.tenants.centre.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.cell.CellsProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moving a centre to another database cell needs of the registry (package {@code placement}): the cells
 * configured, the cell a centre is recorded on, and recording a move with its audit line in one transaction.
 */
@NamedInterface("registry")
@Component
public class CentrePlacements {

    private final JdbcTemplate jdbc;
    private final CellsProperties cells;
    private final AuditTrail audit;
    private final Clock clock;

    CentrePlacements(JdbcTemplate jdbc, CellsProperties cells, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.audit = audit;
        this.clock = clock;
    }

    /** The configured cells, for the page's choice of where to move a centre. */
    public java.util.List<String> cells() {
        return cells.cells();
    }

    public boolean isConfiguredCell(String cell) {
        return cells.exists(cell);
    }

    /** The cell the registry records for the centre; a 404 problem when there is no such centre. */
    @Transactional(readOnly = true)
    public String cellOf(String centre) {
        return jdbc.queryForList("select cell from centre where id = ?", String.class, centre).stream().findFirst()
                .orElseThrow(CentreProblems.NotFound::new);
    }

    /** The centre's data are now on {@code to}: recorded with an audit line, by whom and from where. */
    @Transactional
    public void moved(String centre, String from, String to, String actor, String detail) {
        Instant now = Instant.now(clock);
        jdbc.update("update centre set cell = ?, updated_at = ?, version = version + 1 where id = ?", to,
                Timestamp.from(now), centre);
        audit.record(centre, actor, "MOVED", from + " -> " + to + (detail == null ? "" : " " + detail));
    }
}
