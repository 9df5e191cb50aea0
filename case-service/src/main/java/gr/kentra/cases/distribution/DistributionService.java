package gr.kentra.cases.distribution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.AuditedSearch;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Amendment;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distributions of basic goods. Each one is part of a person's record: reads and changes are audited, and every
 * distribution recorded is published for the indicators in the same transaction. The summary holds no personal
 * data (totals only) and is not audited.
 */
@Service
class DistributionService {

    private final DistributionRepository repository;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final AuditedSearch<GoodsDistribution, DistributionView> search;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DistributionService(DistributionRepository repository, Beneficiaries beneficiaries, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
        this.search = new AuditedSearch<>(audit, RecordType.GOODS_DISTRIBUTION, repository, GoodsDistribution::view);
        this.events = events;
    }

    @Transactional
    DistributionView record(DistributionForm form) {
        beneficiaries.requireOpenForNewWork(form.beneficiaryId());
        GoodsDistribution saved = repository.saveAndFlush(
                new GoodsDistribution(form, CurrentStaff.username(), clock.instant()));
        audit.record(saved.beneficiaryId(), RecordType.GOODS_DISTRIBUTION, saved.id(), AuditAction.CREATE, null);
        events.publishEvent(distributed(saved));
        return saved.view();
    }

    @Transactional
    DistributionView find(UUID id) {
        GoodsDistribution distribution = load(id);
        audit.read(distribution.beneficiaryId(), RecordType.GOODS_DISTRIBUTION, id);
        return distribution.view();
    }

    /** Lists newest first; each distribution shown is audited as a search hit on its person's record. */
    @Transactional
    PageOf<DistributionView> list(DistributionFilter filter, int page, int size) {
        return search.page(filter.specification(), DistributionFilter.NEWEST_FIRST, page, size);
    }

    /** Corrects a distribution; the person it went to never changes (400 on {@code beneficiaryId}). */
    @Transactional
    DistributionView update(UUID id, DistributionForm form) {
        GoodsDistribution distribution = load(id);
        if (form.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(distribution.version(), form.version());
        if (!distribution.beneficiaryId().equals(form.beneficiaryId())) {
            throw new InvalidField("beneficiaryId", "problem.distribution.otherPerson");
        }
        List<String> changed = distribution.apply(form);
        GoodsDistribution saved = repository.saveAndFlush(distribution);
        audit.record(saved.beneficiaryId(), RecordType.GOODS_DISTRIBUTION, id, AuditAction.UPDATE, changed);
        events.publishEvent(new Amendment(distributed(saved)));
        return saved.view();
    }

    private static GoodsDistributed distributed(GoodsDistribution saved) {
        return new GoodsDistributed(saved.id(), saved.beneficiaryId(), saved.programme(), saved.quantitiesByKind(),
                saved.distributedOn());
    }

    @Transactional(readOnly = true)
    DistributionView.Summary summary(LocalDate from, LocalDate to, Programme programme) {
        if (to.isBefore(from)) {
            throw new InvalidField("to", "problem.dateRange");
        }
        Set<Programme> programmes = programme == null ? EnumSet.allOf(Programme.class) : EnumSet.of(programme);
        Object[] counts = repository.counts(from, to, programmes).getFirst();
        List<DistributionView.Total> totals = repository.totals(from, to, programmes).stream()
                .map(row -> new DistributionView.Total((GoodsKind) row[0], (GoodsUnit) row[1],
                        ((Number) row[2]).longValue()))
                // In the order of the enumerations (food first), not the alphabetical order of their codes.
                .sorted(Comparator.comparing(DistributionView.Total::kind)
                        .thenComparing(DistributionView.Total::unit))
                .toList();
        return new DistributionView.Summary(from, to, programme, ((Number) counts[0]).longValue(),
                ((Number) counts[1]).longValue(), totals);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return repository.findById(id).map(GoodsDistribution::version).orElse(null);
    }

    private GoodsDistribution load(UUID id) {
        return repository.findById(id).orElseThrow(() -> RecordProblems.notFound("problem.distribution.notFound"));
    }
}
