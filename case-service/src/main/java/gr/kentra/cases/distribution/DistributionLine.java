package gr.kentra.cases.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of goods handed over: kind, what exactly, how many of which unit. */
@Embeddable
class DistributionLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoodsKind kind;

    private String description;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoodsUnit unit;

    protected DistributionLine() {
    }

    DistributionLine(DistributionForm.Line line) {
        this.kind = line.kind();
        this.description = line.description() == null || line.description().isBlank() ? null
                : line.description().strip();
        this.quantity = line.quantity();
        this.unit = line.unit();
    }

    DistributionView.Line view() {
        return new DistributionView.Line(kind, description, quantity, unit);
    }

    GoodsKind kind() { return kind; }
    int quantity() { return quantity; }
}
