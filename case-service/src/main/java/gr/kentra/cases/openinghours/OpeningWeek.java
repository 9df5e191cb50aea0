package gr.kentra.cases.openinghours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The centre's week (one row per centre, id 1, seeded by the changelog); a weekday with no entry is closed. */
@Entity
@Table(name = "opening_hours")
class OpeningWeek {

    static final short THE_WEEK = 1;

    @Id
    private Short id;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opening_hours_day", joinColumns = @JoinColumn(name = "week_id"))
    private List<OpeningDay> days = new ArrayList<>();

    protected OpeningWeek() {
    }

    void replace(List<OpeningDay> newDays, String by, Instant at) {
        days.clear();
        days.addAll(newDays);
        updatedBy = by;
        updatedAt = at;
    }

    List<CentreHours.Day> hours() {
        return days.stream().map(OpeningDay::hours).sorted(Comparator.comparing(CentreHours.Day::day)).toList();
    }

    OpeningHoursView view() {
        return new OpeningHoursView(hours(), updatedAt, updatedBy, version);
    }

    Long version() {
        return version;
    }
}
