package gr.kentra.tenants.centre.demo;

import java.sql.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.TimeSlot;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batch inserts of centres' operations, hours, branches and staff, for the generator's hundreds of rows. */
final class DetailRows {

    private final JdbcTemplate jdbc;

    DetailRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Map<String, CentreDetails> centres) {
        List<Object[]> operations = new ArrayList<>();
        List<Object[]> opening = new ArrayList<>();
        List<Object[]> walkIn = new ArrayList<>();
        List<Object[]> branches = new ArrayList<>();
        List<Object[]> staff = new ArrayList<>();
        centres.forEach((id, details) -> {
            details.operations().forEach(o -> operations.add(new Object[] {id, o.programmePeriod(), o.misCode()}));
            details.openingHours().forEach(slot -> opening.add(slot(id, slot)));
            details.walkInHours().forEach(slot -> walkIn.add(slot(id, slot)));
            details.branches().forEach(branch -> branches.add(new Object[] {id, branch.name()}));
            details.staff().forEach((role, count) -> staff.add(new Object[] {id, role.name(), count}));
        });
        jdbc.batchUpdate("insert into centre_operation (centre_id, programme_period, mis_code) values (?, ?, ?)",
                operations);
        jdbc.batchUpdate("insert into centre_opening_hours (centre_id, day, opens_at, closes_at) values (?, ?, ?, ?)",
                opening);
        jdbc.batchUpdate("insert into centre_walk_in_hours (centre_id, day, opens_at, closes_at) values (?, ?, ?, ?)",
                walkIn);
        jdbc.batchUpdate("insert into centre_branch (centre_id, branch) values (?, ?)", branches);
        jdbc.batchUpdate("insert into centre_staff (centre_id, role, headcount) values (?, ?, ?)", staff);
    }

    private static Object[] slot(String id, TimeSlot slot) {
        return new Object[] {id, slot.day().name(), Time.valueOf(slot.from()), Time.valueOf(slot.to())};
    }
}
