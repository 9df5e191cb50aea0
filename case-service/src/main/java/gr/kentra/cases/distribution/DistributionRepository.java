package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DistributionRepository extends JpaRepository<GoodsDistribution, UUID>,
        JpaSpecificationExecutor<GoodsDistribution> {

    /** Totals of the period by kind and unit: rows of {kind, unit, sum of quantity}. */
    @Query("""
            select l.kind, l.unit, sum(l.quantity) from GoodsDistribution d join d.lines l
            where d.distributedOn between :from and :to and d.programme in :programmes
            group by l.kind, l.unit""")
    List<Object[]> totals(LocalDate from, LocalDate to, Collection<Programme> programmes);

    /** One row: {number of distributions, number of different people}. */
    @Query("""
            select count(d), count(distinct d.beneficiaryId) from GoodsDistribution d
            where d.distributedOn between :from and :to and d.programme in :programmes""")
    List<Object[]> counts(LocalDate from, LocalDate to, Collection<Programme> programmes);
}
