package gr.kentra.cases.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;

/** A distribution of basic goods as the API shows it. */
record DistributionView(UUID id, UUID beneficiaryId, LocalDate date, Programme programme, List<Line> lines,
        String notes, String recordedBy, Instant recordedAt, Long version) implements PersonRecord {

    record Line(GoodsKind kind, String description, int quantity, GoodsUnit unit) {
    }

    /** Totals of a period: how many distributions, to how many people, and the quantities by kind and unit. */
    record Summary(LocalDate from, LocalDate to, Programme programme, long distributions, long people,
            List<Total> totals) {
    }

    record Total(GoodsKind kind, GoodsUnit unit, long quantity) {
    }
}
