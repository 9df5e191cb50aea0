package gr.kentra.cases.distribution;

import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** Basic goods (ΤΕΒΑ/FEAD, municipal, donated) handed over to a person on one day. */
@Entity
@Table(name = "goods_distribution")
class GoodsDistribution implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Column(name = "distributed_on", nullable = false)
    private LocalDate distributedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Programme programme;

    @ElementCollection
    @CollectionTable(name = "goods_distribution_line", joinColumns = @JoinColumn(name = "distribution_id"))
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<DistributionLine> lines = new ArrayList<>();

    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected GoodsDistribution() {
    }

    GoodsDistribution(DistributionForm form, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.beneficiaryId = form.beneficiaryId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        apply(form);
    }

    /** Takes over the form; returns the names of the fields that changed (never their values). */
    List<String> apply(DistributionForm form) {
        List<String> changed = new ArrayList<>();
        List<DistributionView.Line> before = lines.stream().map(DistributionLine::view).toList();
        List<DistributionLine> after = form.lines().stream().map(DistributionLine::new).toList();
        if (!before.equals(after.stream().map(DistributionLine::view).toList())) {
            changed.add("lines");
            lines.clear();
            lines.addAll(after);
        }
        distributedOn = track(changed, "date", distributedOn, form.date());
        programme = track(changed, "programme", programme, form.programme());
        notes = track(changed, "notes", notes,
                form.notes() == null || form.notes().isBlank() ? null : form.notes().strip());
        return changed;
    }

    /** Total quantity per kind of goods, whatever the unit, for the indicators. */
    Map<String, Integer> quantitiesByKind() {
        Map<String, Integer> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(line.kind().name(), line.quantity(), Integer::sum));
        return totals;
    }

    DistributionView view() {
        return new DistributionView(id, beneficiaryId, distributedOn, programme,
                lines.stream().map(DistributionLine::view).toList(), notes, recordedBy, recordedAt, version);
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    LocalDate distributedOn() { return distributedOn; }
    Programme programme() { return programme; }
    Long version() { return version; }
}
