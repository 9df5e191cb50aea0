package gr.kentra.cases.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regional directory in {@code platform.directory_service} on the default cell, where the registry of the
 * centres' regions lives. Every statement names the region it reads or writes: a centre passes its own, as the
 * registry gives it, never one from the request.
 *
 * <p>It reaches the default cell's pool through a wrapper, so that a JPA transaction of the centre (whose connection
 * Spring binds to the pool itself, and which may be on another cell with an unused copy of the table) is never
 * borrowed: directory statements always run on a connection of their own, in transactions of their own.
 */
@Repository
class RegionalDirectory {

    private static final String COLUMNS = "id, name, kind, active, organization_id, organization_name,"
            + " organization_description, description, email, phone, eligibility_description,"
            + " minimum_age, maximum_age, version";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RegionalDirectory(DataSource dataSource) {
        DataSource own = new DelegatingDataSource(dataSource);
        this.jdbc = new JdbcTemplate(own);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(own));
    }

    List<DirectoryEntry> inRegion(String region) {
        return withRows(jdbc.query("select " + COLUMNS + " from platform.directory_service where region = ?"
                + " order by name, id", RegionalDirectory::entry, region));
    }

    Optional<DirectoryEntry> find(UUID id, String region) {
        return withRows(jdbc.query("select " + COLUMNS + " from platform.directory_service where id = ? and region = ?",
                RegionalDirectory::entry, id, region)).stream().findFirst();
    }

    /** These ids' entries in the region, active or not (old referrals keep their service's name). */
    List<DirectoryEntry> find(Collection<UUID> ids, String region) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRows(jdbc.query("select " + COLUMNS + " from platform.directory_service where id = any(?)"
                + " and region = ?", RegionalDirectory::entry, ids.toArray(UUID[]::new), region));
    }

    /** The region holding each of these ids, whichever region: an id is one service, in one directory only. */
    Map<UUID, String> regionsOf(Collection<UUID> ids) {
        Map<UUID, String> regions = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, region from platform.directory_service where id = any(?)",
                    rs -> {
                        regions.put(rs.getObject("id", UUID.class), rs.getString("region"));
                    }, (Object) ids.toArray(UUID[]::new));
        }
        return regions;
    }

    /**
     * Adds or replaces the entries in the region, all or none. An id held by another region is never touched
     * (the caller refuses it first; the {@code where} keeps it so under a race too), nor are its rows.
     */
    void save(List<DirectoryEntry> entries, String region, String centre) {
        transactions.executeWithoutResult(status -> entries.forEach(e -> {
            int saved = jdbc.update("insert into platform.directory_service (region, added_by, " + COLUMNS + ")"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                    + " on conflict (id) do update set name = excluded.name, kind = excluded.kind,"
                    + " active = excluded.active, organization_id = excluded.organization_id,"
                    + " organization_name = excluded.organization_name,"
                    + " organization_description = excluded.organization_description,"
                    + " description = excluded.description, email = excluded.email, phone = excluded.phone,"
                    + " eligibility_description = excluded.eligibility_description,"
                    + " minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,"
                    + " version = platform.directory_service.version + 1"
                    + " where platform.directory_service.region = excluded.region",
                    region, centre, e.id(), e.name(), e.kind().name(), e.active(), e.organizationId(),
                    e.organizationName(), e.organizationDescription(), e.description(), e.email(), e.phone(),
                    e.eligibilityDescription(), e.minimumAge(), e.maximumAge());
            if (saved == 1) {
                replaceRows(e);
            }
        }));
    }

    /**
     * Changes an entry of the region if it is still at {@code version}, its locations, contacts and areas with it,
     * in one transaction; false if not (changed meanwhile, or not the region's). Its organization and its adder stay.
     */
    boolean update(DirectoryEntry e, String region, long version) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean updated = jdbc.update("update platform.directory_service set name = ?, kind = ?, active = ?,"
                    + " description = ?, email = ?, phone = ?, eligibility_description = ?,"
                    + " minimum_age = ?, maximum_age = ?, version = version + 1"
                    + " where id = ? and region = ? and version = ?",
                    e.name(), e.kind().name(), e.active(), e.description(), e.email(), e.phone(),
                    e.eligibilityDescription(), e.minimumAge(), e.maximumAge(), e.id(), region, version) == 1;
            if (updated) {
                replaceRows(e);
            }
            return updated;
        }));
    }

    private void replaceRows(DirectoryEntry e) {
        jdbc.update("delete from platform.directory_service_location where service_id = ?", e.id());
        jdbc.update("delete from platform.directory_service_contact where service_id = ?", e.id());
        jdbc.update("delete from platform.directory_service_area where service_id = ?", e.id());
        for (int i = 0; i < e.locations().size(); i++) {
            ServiceLocation l = e.locations().get(i);
            jdbc.update("insert into platform.directory_service_location (service_id, position, id, address, city,"
                    + " postal_code) values (?, ?, ?, ?, ?, ?)", e.id(), i, l.id(), l.address(), l.city(),
                    l.postalCode());
        }
        for (int i = 0; i < e.contacts().size(); i++) {
            ServiceContact c = e.contacts().get(i);
            jdbc.update("insert into platform.directory_service_contact (service_id, position, id, name, phone, email)"
                    + " values (?, ?, ?, ?, ?, ?)", e.id(), i, c.id(), c.name(), c.phone(), c.email());
        }
        for (int i = 0; i < e.serviceAreas().size(); i++) {
            ServiceArea a = e.serviceAreas().get(i);
            jdbc.update("insert into platform.directory_service_area (service_id, position, id, name, description)"
                    + " values (?, ?, ?, ?, ?)", e.id(), i, a.id(), a.name(), a.description());
        }
    }

    /** The entries with their locations, contacts and areas, three statements for all of them. */
    private List<DirectoryEntry> withRows(List<DirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Object ids = entries.stream().map(DirectoryEntry::id).toArray(UUID[]::new);
        Map<UUID, List<ServiceLocation>> locations = new HashMap<>();
        jdbc.query("select service_id, id, address, city, postal_code from platform.directory_service_location"
                + " where service_id = any(?) order by service_id, position", rs -> {
                    locations.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServiceLocation(rs.getObject("id", UUID.class), rs.getString("address"),
                                    rs.getString("city"), rs.getString("postal_code")));
                }, ids);
        Map<UUID, List<ServiceContact>> contacts = new HashMap<>();
        jdbc.query("select service_id, id, name, phone, email from platform.directory_service_contact"
                + " where service_id = any(?) order by service_id, position", rs -> {
                    contacts.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServiceContact(rs.getObject("id", UUID.class), rs.getString("name"),
                                    rs.getString("phone"), rs.getString("email")));
                }, ids);
        Map<UUID, List<ServiceArea>> areas = new HashMap<>();
        jdbc.query("select service_id, id, name, description from platform.directory_service_area"
                + " where service_id = any(?) order by service_id, position", rs -> {
                    areas.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                            .add(new ServiceArea(rs.getObject("id", UUID.class), rs.getString("name"),
                                    rs.getString("description")));
                }, ids);
        return entries.stream().map(e -> new DirectoryEntry(e.id(), e.scope(), e.name(), e.kind(), e.description(),
                e.active(), e.organizationId(), e.organizationName(), e.organizationDescription(), e.phone(),
                e.email(), areas.get(e.id()), e.eligibilityDescription(), e.minimumAge(), e.maximumAge(),
                locations.get(e.id()), contacts.get(e.id()), e.version())).toList();
    }

    private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new DirectoryEntry(rs.getObject("id", UUID.class), DirectoryScope.REGIONAL, rs.getString("name"),
                PartnerKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getBoolean("active"),
                rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getString("organization_description"), rs.getString("phone"), rs.getString("email"),
                null, rs.getString("eligibility_description"),
                rs.getObject("minimum_age", Integer.class), rs.getObject("maximum_age", Integer.class), null, null,
                rs.getLong("version"));
    }
}
