package gr.kentra.reporting.indicator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import gr.kentra.commons.facts.FactType;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private final IndicatorCatalogue catalogue = new IndicatorCatalogue();

    private static List<String> codes(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::code).toList();
    }

    @Test
    void holdsEveryEsf2014To2020OutputIndicatorCo01ToCo19() {
        List<String> expected = IntStream.rangeClosed(1, 19).mapToObj(i -> "CO%02d".formatted(i)).toList();
        assertThat(codes(catalogue.esf("2014-2020").orElseThrow())).containsExactlyElementsOf(expected);
    }

    @Test
    void holdsEveryEsfPlus2021To2027OutputIndicatorEeco01ToEeco17() {
        List<String> expected = IntStream.rangeClosed(1, 17).mapToObj(i -> "EECO%02d".formatted(i)).toList();
        assertThat(codes(catalogue.esf("2021-2027").orElseThrow())).containsExactlyElementsOf(expected);
    }

    @Test
    void everyIndicatorHasGreekAndEnglishLabelsAndDefinitions() {
        List<Indicator> all = new java.util.ArrayList<>(catalogue.general());
        catalogue.esf("2014-2020").ifPresent(all::addAll);
        catalogue.esf("2021-2027").ifPresent(all::addAll);
        assertThat(all).hasSize(13 + 19 + 17).allSatisfy(indicator -> {
            assertThat(indicator.labelEl()).isNotBlank().matches(".*\\p{IsGreek}.*");
            assertThat(indicator.labelEn()).isNotBlank().matches("[\\p{ASCII}]+");
            assertThat(indicator.definitionEl()).isNotBlank();
            assertThat(indicator.definitionEn()).isNotBlank();
        });
    }

    @Test
    void esfIndicatorsCountParticipantsOncePerOperationByGender() {
        assertThat(catalogue.esf("2021-2027").orElseThrow()).allSatisfy(indicator -> {
            assertThat(indicator.measure()).isEqualTo(Indicator.Measure.DISTINCT_PARTICIPANTS);
            assertThat(indicator.breakdown()).isEqualTo(Indicator.Breakdown.GENDER);
        });
    }

    @Test
    void theGeneralCatalogueCoversTheCentresPublishedCounters() {
        assertThat(catalogue.general()).extracting(Indicator::measure).contains(Indicator.Measure.DISTINCT_PERSONS,
                Indicator.Measure.COUNT_FACTS, Indicator.Measure.SUM_QUANTITY);
        assertThat(catalogue.general()).flatExtracting(Indicator::factTypes).contains(FactType.BENEFICIARY_REGISTERED,
                FactType.REQUEST_OPENED, FactType.REQUEST_CLOSED, FactType.REFERRAL_SENT, FactType.REFERRAL_CLOSED,
                FactType.SESSION_HELD, FactType.INVESTIGATION_COMPLETED, FactType.HOMELESS_REGISTERED,
                FactType.GOODS_DISTRIBUTED, FactType.EVENT_HELD);
        assertThat(catalogue.esf("2000-2006")).isEmpty();
    }

    @Test
    void refusesARuleTheQueriesCannotHonour() {
        Indicator distinctWithFilter = new Indicator("X1", "Χ", "X", "Χ", "X", List.of(), Indicator.Measure.DISTINCT_PERSONS,
                new Filter(null, null, List.of("FEMALE"), null, null, null, null, null, null), null, null);
        assertThatThrownBy(() -> IndicatorCatalogue.check(distinctWithFilter, "test"))
                .isInstanceOf(IllegalStateException.class);
        Indicator unknownAgeBand = new Indicator("X2", "Χ", "X", "Χ", "X", List.of(FactType.REQUEST_OPENED),
                Indicator.Measure.COUNT_FACTS, new Filter(null, null, null, List.of("26-30"), null, null, null, null,
                        null), null, null);
        assertThatThrownBy(() -> IndicatorCatalogue.check(unknownAgeBand, "test"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnIndicatorWithoutDeclaredRelations() {
        Indicator unlinked = new Indicator("X3", "Χ", "X", "Χ", "X", List.of(FactType.REQUEST_OPENED),
                Indicator.Measure.COUNT_FACTS, null, null, List.of());
        assertThatThrownBy(() -> IndicatorCatalogue.check(unlinked, "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("relations");
    }

    @Test
    void everyIndicatorOfTheCatalogueDeclaresItsRelations() {
        assertThat(catalogue.general()).allSatisfy(i -> assertThat(i.relations()).isNotEmpty());
        assertThat(catalogue.allEsf()).allSatisfy(i -> assertThat(i.relations(Relation.Kind.GEOGRAPHY)).isNotEmpty());
        assertThat(catalogue.allEsf()).filteredOn(i -> i.code().equals("EECO03")).singleElement()
                .satisfies(i -> assertThat(i.relations()).contains(new Relation(Relation.Kind.SUBSET_OF, "EECO02", null)));
    }

    @Test
    void refusesASubsetTheFiltersImplyButNoRelationDeclares() {
        List<Relation> basic = List.of(new Relation(Relation.Kind.GEOGRAPHY, null, null),
                new Relation(Relation.Kind.MONTHS, null, null));
        Indicator all = new Indicator("P1", "Χ", "X", "Χ", "X", List.of(FactType.PARTICIPANT_ENTERED),
                Indicator.Measure.DISTINCT_PARTICIPANTS, null, Indicator.Breakdown.GENDER, basic);
        Indicator employed = new Indicator("P2", "Χ", "X", "Χ", "X", List.of(FactType.PARTICIPANT_ENTERED),
                Indicator.Measure.DISTINCT_PARTICIPANTS,
                new Filter(null, null, null, null, List.of("EMPLOYED"), null, null, null, null),
                Indicator.Breakdown.GENDER, basic);
        assertThatThrownBy(() -> IndicatorCatalogue.checkLinks(List.of(all, employed)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P2 counts a subset of P1");
        Indicator declared = new Indicator("P2", "Χ", "X", "Χ", "X", List.of(FactType.PARTICIPANT_ENTERED),
                Indicator.Measure.DISTINCT_PARTICIPANTS, employed.filter(), Indicator.Breakdown.GENDER,
                List.of(basic.get(0), basic.get(1), new Relation(Relation.Kind.SUBSET_OF, "P1", null)));
        IndicatorCatalogue.checkLinks(List.of(all, declared));
    }

    @Test
    void refusesTwoTablesOfTheSameFactsWithoutADeclaredRelation() {
        List<Relation> basic = List.of(new Relation(Relation.Kind.GEOGRAPHY, null, null),
                new Relation(Relation.Kind.MONTHS, null, null));
        Indicator events = new Indicator("E1", "Χ", "X", "Χ", "X", List.of(FactType.EVENT_HELD),
                Indicator.Measure.COUNT_FACTS, null, Indicator.Breakdown.CATEGORY, basic);
        Indicator attendance = new Indicator("E2", "Χ", "X", "Χ", "X", List.of(FactType.EVENT_HELD),
                Indicator.Measure.SUM_QUANTITY, null, Indicator.Breakdown.CATEGORY, basic);
        assertThatThrownBy(() -> IndicatorCatalogue.checkLinks(List.of(events, attendance)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("E1 and E2 read the same facts");
        Indicator declared = new Indicator("E2", "Χ", "X", "Χ", "X", List.of(FactType.EVENT_HELD),
                Indicator.Measure.SUM_QUANTITY, null, Indicator.Breakdown.CATEGORY,
                List.of(basic.get(0), basic.get(1), new Relation(Relation.Kind.SAME_FACTS, "E1", null)));
        IndicatorCatalogue.checkLinks(List.of(events, declared));
    }

    @Test
    void refusesATableBreakingAnotherDownWithoutSayingSoOrNotReallyBreakingItDown() {
        List<Relation> basic = List.of(new Relation(Relation.Kind.GEOGRAPHY, null, null),
                new Relation(Relation.Kind.MONTHS, null, null));
        Indicator byOutcome = new Indicator("R1", "Χ", "X", "Χ", "X", List.of(FactType.REFERRAL_CLOSED),
                Indicator.Measure.COUNT_FACTS, null, Indicator.Breakdown.OUTCOME, basic);
        Indicator byBoth = new Indicator("R2", "Χ", "X", "Χ", "X", List.of(FactType.REFERRAL_CLOSED),
                Indicator.Measure.COUNT_FACTS, null, Indicator.Breakdown.CATEGORY_OUTCOME, basic);
        assertThatThrownBy(() -> IndicatorCatalogue.checkLinks(List.of(byOutcome, byBoth)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("counts a subset of");
        List<Relation> declared = List.of(basic.get(0), basic.get(1),
                new Relation(Relation.Kind.BREAKS_DOWN, "R1", null));
        IndicatorCatalogue.checkLinks(List.of(byOutcome, new Indicator("R2", "Χ", "X", "Χ", "X",
                List.of(FactType.REFERRAL_CLOSED), Indicator.Measure.COUNT_FACTS, null,
                Indicator.Breakdown.CATEGORY_OUTCOME, declared)));
        // Said of a table with no more dimensions, or with another filter: refused.
        assertThatThrownBy(() -> IndicatorCatalogue.checkLinks(List.of(byOutcome, new Indicator("R2", "Χ", "X",
                "Χ", "X", List.of(FactType.REFERRAL_CLOSED), Indicator.Measure.COUNT_FACTS, null,
                Indicator.Breakdown.CATEGORY, declared))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the filters do not say so");
        assertThatThrownBy(() -> IndicatorCatalogue.checkLinks(List.of(byOutcome, new Indicator("R2", "Χ", "X",
                "Χ", "X", List.of(FactType.REFERRAL_CLOSED), Indicator.Measure.COUNT_FACTS,
                new Filter(List.of("HOSPITAL"), null, null, null, null, null, null, null, null),
                Indicator.Breakdown.CATEGORY_OUTCOME, declared))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the filters do not say so");
    }

    @Test
    void referralOutcomesByServiceTypeBreakDownReferralsByOutcomeAndAreProtectedWithThem() {
        Indicator gen13 = catalogue.generalIndicator("GEN13").orElseThrow();
        assertThat(gen13.relations()).contains(new Relation(Relation.Kind.BREAKS_DOWN, "GEN06", null));
        assertThat(catalogue.breakdownGroup(gen13)).extracting(Indicator::code).containsExactly("GEN13", "GEN06");
        assertThat(catalogue.breakdownGroup(catalogue.generalIndicator("GEN06").orElseThrow()))
                .extracting(Indicator::code).containsExactly("GEN06", "GEN13");
        assertThat(catalogue.breakdownGroup(catalogue.generalIndicator("GEN05").orElseThrow()))
                .extracting(Indicator::code).containsExactly("GEN05");
        assertThat(Indicator.Breakdown.CATEGORY_OUTCOME.coarsen("HOSPITAL|COMPLETED", Indicator.Breakdown.OUTCOME))
                .isEqualTo("COMPLETED");
    }

    @Test
    void theGeneralIndicatorsShareNoCellsButEventsAndAttendanceShareTheirFacts() {
        // Every general indicator but GEN11/GEN12 and GEN06/GEN13 reads fact types no other one reads: no other
        // table shares a cell with another, so each is protected jointly only with its own months, periods and
        // regions (GEN13 breaks GEN06 down: the two are protected as one linked table).
        for (Indicator one : catalogue.general()) {
            for (Indicator other : catalogue.general()) {
                if (one == other) {
                    continue;
                }
                boolean share = one.factTypes().stream().anyMatch(other.factTypes()::contains);
                assertThat(share).as("%s and %s", one.code(), other.code())
                        .isEqualTo(Set.of(one.code(), other.code()).equals(Set.of("GEN11", "GEN12"))
                                || Set.of(one.code(), other.code()).equals(Set.of("GEN06", "GEN13")));
            }
        }
        assertThat(catalogue.generalIndicator("GEN12").orElseThrow().relations())
                .contains(new Relation(Relation.Kind.SAME_FACTS, "GEN11", null));
    }
}
