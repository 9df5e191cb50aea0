package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.grid.GridQuery;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.suppression.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per rule family on a small fact set whose numbers are worked out by hand in the comments. These
 * read the raw national grid (before suppression), so small numbers stay visible.
 */
class RuleFamiliesTest extends ReportingIntegrationTest {

    private static final Period MARCH = new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
    private static final Period YEAR = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));

    @Autowired
    GridQuery query;

    @Autowired
    IndicatorCatalogue catalogue;

    @BeforeEach
    void facts() throws Exception {
        emptyStore();
        List<TestFact> facts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            facts.add(at("moschato-tavros", "REQUEST_OPENED").with("category", "GMI_APPLICATION"));
        }
        facts.add(at("moschato-tavros", "REQUEST_OPENED").with("category", "HOUSING_ALLOWANCE"));
        facts.add(at("moschato-tavros", "REQUEST_OPENED").with("category", "HOUSING_ALLOWANCE"));
        facts.add(at("elefsina", "REQUEST_OPENED").with("category", "GMI_APPLICATION"));
        facts.add(at("moschato-tavros", "REQUEST_OPENED").with("category", "GMI_APPLICATION").with("month", "2026-05"));
        facts.add(at("moschato-tavros", "REQUEST_CLOSED").with("outcome", "COMPLETED"));
        facts.add(at("moschato-tavros", "REQUEST_CLOSED").with("outcome", "COMPLETED"));
        facts.add(at("moschato-tavros", "REQUEST_CLOSED").with("outcome", "REJECTED"));
        facts.add(at("moschato-tavros", "GOODS_DISTRIBUTED").with("category", "FEAD_FOOD").with("quantity", 10));
        facts.add(at("moschato-tavros", "GOODS_DISTRIBUTED").with("category", "FEAD_FOOD").with("quantity", 5));
        facts.add(at("mouzaki", "GOODS_DISTRIBUTED").with("category", "FEAD_FOOD").with("quantity", 7)
                .person("p3"));
        // person p1 is served in Moschato-Tavros and in Elefsina, p2 in Moschato-Tavros, p3 in Mouzaki.
        facts.add(at("moschato-tavros", "SESSION_HELD").person("p1").with("category", "INDIVIDUAL"));
        facts.add(at("elefsina", "SESSION_HELD").person("p1").with("category", "GROUP"));
        facts.add(at("moschato-tavros", "BENEFICIARY_REGISTERED").person("p2").with("gender", "MALE"));
        facts.add(TestFact.of("EVENT_HELD").centre("mouzaki", "thessaly").with("month", "2026-03")
                .with("category", "CHILDREN").with("quantity", 40));
        deliver(TestFact.json(facts));
        deliver(TestFact.json(participants()));
    }

    /** Facts are about person p1 unless a test fact names another person. */
    private static TestFact at(String tenant, String type) {
        return TestFact.of(type).centre(tenant, tenant.equals("mouzaki") ? "thessaly" : "attica")
                .with("month", "2026-03").person("p1");
    }

    /**
     * Participants of operation 5001910 (Moschato-Tavros): a (woman, 18-24, unemployed, ISCED 2, Roma),
     * entered twice; b (man, 55-64, inactive, ISCED 5, jobless household with dependent children);
     * c (woman, 25-29, long-term unemployed, ISCED 3, jobless household). And a again in operation 5002000
     * (Elefsina) with the same profile.
     */
    private static List<TestFact> participants() {
        TestFact a = participant("moschato-tavros", "5001910", "a", "FEMALE", "18-24", "UNEMPLOYED", 2)
                .flags("ROMA");
        TestFact aAgain = participant("moschato-tavros", "5001910", "a", "FEMALE", "18-24", "UNEMPLOYED", 2)
                .flags("ROMA").with("month", "2026-04");
        TestFact b = participant("moschato-tavros", "5001910", "b", "MALE", "55-64", "INACTIVE", 5)
                .flags("JOBLESS_HOUSEHOLD", "DEPENDENT_CHILDREN");
        TestFact c = participant("moschato-tavros", "5001910", "c", "FEMALE", "25-29", "LONG_TERM_UNEMPLOYED", 3)
                .flags("JOBLESS_HOUSEHOLD");
        TestFact aElsewhere = participant("elefsina", "5002000", "a", "FEMALE", "18-24", "UNEMPLOYED", 2)
                .flags("ROMA");
        return List.of(a, aAgain, b, c, aElsewhere);
    }

    private static TestFact participant(String tenant, String operation, String person, String gender,
            String ageBand, String employment, int isced) {
        return at(tenant, "PARTICIPANT_ENTERED").with("operation", operation).person(person).with("gender", gender)
                .with("ageBand", ageBand).with("employmentStatus", employment).with("iscedLevel", isced);
    }

    private NationalGrid grid(String code, Period period) {
        Indicator indicator = catalogue.generalIndicator(code)
                .or(() -> catalogue.esf("2014-2020").orElseThrow().stream().filter(i -> i.code().equals(code)).findFirst())
                .or(() -> catalogue.esf("2021-2027").orElseThrow().stream().filter(i -> i.code().equals(code)).findFirst())
                .orElseThrow();
        return query.national(indicator, period);
    }

    private static long cell(NationalGrid national, String row, String column) {
        Grid grid = national.grid();
        return grid.count(grid.rowKeys().indexOf(row), grid.columnKeys().indexOf(column));
    }

    private static long columnSum(NationalGrid national, String column) {
        Grid grid = national.grid();
        long sum = 0;
        for (int r = 0; r < grid.rowCount(); r++) {
            sum += grid.count(r, grid.columnKeys().indexOf(column));
        }
        return sum;
    }

    @Test
    void countsFactsByCategoryWithinThePeriodOnly() {
        NationalGrid requests = grid("GEN03", MARCH);
        assertThat(requests.grid().columnKeys()).containsExactly("GMI_APPLICATION", "HOUSING_ALLOWANCE");
        assertThat(requests.grid().rowGroups()).containsExactly("attica", "attica", "thessaly");
        assertThat(cell(requests, "moschato-tavros", "GMI_APPLICATION")).isEqualTo(3);
        assertThat(cell(requests, "moschato-tavros", "HOUSING_ALLOWANCE")).isEqualTo(2);
        assertThat(cell(requests, "elefsina", "GMI_APPLICATION")).isEqualTo(1);
        assertThat(cell(requests, "mouzaki", "GMI_APPLICATION")).isZero();
        // The May request joins when the period reaches May.
        assertThat(cell(grid("GEN03", YEAR), "moschato-tavros", "GMI_APPLICATION")).isEqualTo(4);
    }

    @Test
    void countsClosedRequestsByOutcome() {
        NationalGrid outcomes = grid("GEN04", MARCH);
        assertThat(cell(outcomes, "moschato-tavros", "COMPLETED")).isEqualTo(2);
        assertThat(cell(outcomes, "moschato-tavros", "REJECTED")).isEqualTo(1);
    }

    @Test
    void sumsQuantitiesOfGoodsAndAttendance() {
        NationalGrid goods = grid("GEN10", MARCH);
        assertThat(cell(goods, "moschato-tavros", "FEAD_FOOD")).isEqualTo(15);
        assertThat(cell(goods, "mouzaki", "FEAD_FOOD")).isEqualTo(7);
        assertThat(cell(grid("GEN12", MARCH), "mouzaki", "CHILDREN")).isEqualTo(40);
        assertThat(cell(grid("GEN11", MARCH), "mouzaki", "CHILDREN")).isEqualTo(1);
    }

    @Test
    void countsRegistrationsByGenderWithEveryGenderAColumn() {
        NationalGrid registrations = grid("GEN02", MARCH);
        assertThat(registrations.grid().columnKeys()).containsExactly("FEMALE", "MALE", "NON_BINARY", "UNKNOWN");
        assertThat(cell(registrations, "moschato-tavros", "MALE")).isEqualTo(1);
        assertThat(cell(registrations, "moschato-tavros", "FEMALE")).isZero();
    }

    @Test
    void aPersonServedByTwoCentresCountsOnceInTheRegionAndTheCountry() {
        NationalGrid persons = grid("GEN01", MARCH);
        // In March Moschato-Tavros served p1, p2 and participants a, b, c; Elefsina p1 and a; Mouzaki p3.
        assertThat(cell(persons, "moschato-tavros", "TOTAL")).isEqualTo(5);
        assertThat(cell(persons, "elefsina", "TOTAL")).isEqualTo(2);
        assertThat(cell(persons, "mouzaki", "TOTAL")).isEqualTo(1);
        // p1 and a were served in both Attica centres: 5 people in Attica, not 7; 6 in the country, not 8.
        assertThat(persons.regionDistinct()).containsEntry("attica", 5L).containsEntry("thessaly", 1L);
        assertThat(persons.nationalDistinct()).isEqualTo(6);
    }

    @Test
    void countsAParticipantOncePerOperationWithTheProfileAtEntry() {
        NationalGrid total = grid("EECO01", YEAR);
        assertThat(cell(total, "moschato-tavros/5001910", "FEMALE")).isEqualTo(2);
        assertThat(cell(total, "moschato-tavros/5001910", "MALE")).isEqualTo(1);
        assertThat(cell(total, "elefsina/5002000", "FEMALE")).isEqualTo(1);
        // a entered in March; the April re-entry changes nothing.
        assertThat(cell(grid("EECO01", new Period(YearMonth.of(2026, 4), YearMonth.of(2026, 4))),
                "moschato-tavros/5001910", "FEMALE")).isZero();
    }

    @Test
    void selectsParticipantsByEmploymentStatus() {
        assertThat(columnSum(grid("CO01", YEAR), "FEMALE")).isEqualTo(3); // a twice (two operations) and c
        assertThat(columnSum(grid("CO02", YEAR), "FEMALE")).isEqualTo(1); // c
        assertThat(columnSum(grid("CO03", YEAR), "MALE")).isEqualTo(1); // b
        assertThat(columnSum(grid("CO04", YEAR), "MALE")).isEqualTo(1); // b: inactive, not in education
        assertThat(columnSum(grid("CO05", YEAR), "FEMALE") + columnSum(grid("CO05", YEAR), "MALE")).isZero();
    }

    @Test
    void selectsParticipantsByAgeBandAndByAgeAndStatusTogether() {
        assertThat(columnSum(grid("CO06", YEAR), "FEMALE")).isEqualTo(2); // a in both operations
        assertThat(columnSum(grid("EECO07", YEAR), "FEMALE")).isEqualTo(3); // a twice and c (25-29)
        assertThat(columnSum(grid("CO07", YEAR), "MALE")).isEqualTo(1); // b
        assertThat(columnSum(grid("CO08", YEAR), "MALE")).isEqualTo(1); // b: 55+ and inactive
        assertThat(columnSum(grid("EECO06", YEAR), "FEMALE")).isZero();
    }

    @Test
    void selectsParticipantsByIscedRange() {
        assertThat(columnSum(grid("CO09", YEAR), "FEMALE")).isEqualTo(2); // a (ISCED 2) twice
        assertThat(columnSum(grid("CO10", YEAR), "FEMALE")).isEqualTo(1); // c (ISCED 3)
        assertThat(columnSum(grid("CO11", YEAR), "MALE")).isEqualTo(1); // b (ISCED 5)
        assertThat(columnSum(grid("EECO09", YEAR), "FEMALE")).isEqualTo(2);
    }

    @Test
    void selectsParticipantsByAnyOrAllOfTheirFlags() {
        assertThat(columnSum(grid("CO15", YEAR), "FEMALE")).isEqualTo(2); // a (Roma) twice
        assertThat(columnSum(grid("EECO15", YEAR), "FEMALE")).isEqualTo(2);
        assertThat(columnSum(grid("CO12", YEAR), "FEMALE") + columnSum(grid("CO12", YEAR), "MALE")).isEqualTo(2);
        assertThat(columnSum(grid("CO13", YEAR), "MALE")).isEqualTo(1); // b only: jobless AND children
        assertThat(columnSum(grid("CO13", YEAR), "FEMALE")).isZero(); // c has no dependent children
        assertThat(columnSum(grid("CO16", YEAR), "FEMALE")).isZero();
    }
}
