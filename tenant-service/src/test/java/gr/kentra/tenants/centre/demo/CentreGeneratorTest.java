package gr.kentra.tenants.centre.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.ProgrammePeriods;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.Schedules;
import org.junit.jupiter.api.Test;

class CentreGeneratorTest {

    @Test
    void spreadsTwoHundredFortySixCentresOverTheRegionsByWeight() {
        List<CentreGenerator.GeneratedCentre> plan = CentreGenerator.plan(246, 0);

        Map<Region, Long> perRegion = plan.stream()
                .collect(Collectors.groupingBy(CentreGenerator.GeneratedCentre::region, Collectors.counting()));
        assertThat(perRegion).hasSize(13);
        CentreGenerator.WEIGHTS.forEach((region, weight) -> assertThat(perRegion.get(region)).isEqualTo(weight.longValue()));
        assertThat(plan).extracting(CentreGenerator.GeneratedCentre::id).doesNotHaveDuplicates()
                .allMatch(id -> gr.kentra.commons.tenant.TenantId.isValid(id));
        assertThat(plan).allMatch(c -> c.nameEl().contains("δοκιμαστικό") && c.nameEn().startsWith("Generated"));
    }

    @Test
    void continuesWhereAnEarlierRunStopped() {
        List<CentreGenerator.GeneratedCentre> all = CentreGenerator.plan(30, 0);
        List<CentreGenerator.GeneratedCentre> rest = CentreGenerator.plan(10, 20);

        assertThat(rest).isEqualTo(all.subList(20, 30));
    }

    @Test
    void reachesTargetsBeyondTheRealNumberOfCentres() {
        assertThat(CentreGenerator.plan(400, 0)).hasSize(400)
                .extracting(CentreGenerator.GeneratedCentre::id).doesNotHaveDuplicates();
    }

    @Test
    void givesEveryGeneratedCentrePlausibleDetailsThatFollowTheRegistryRules() {
        for (CentreGenerator.GeneratedCentre centre : CentreGenerator.plan(246, 0)) {
            CentreDetails details = GeneratedDetails.of(centre);

            assertThat(Schedules.violations(details.openingHours(), details.walkInHours())).isEmpty();
            assertThat(details.openingHours()).hasSize(5);
            assertThat(details.operations()).singleElement()
                    .satisfies(op -> assertThat(op.misCode()).matches("^69\\d{5}$"))
                    .satisfies(op -> assertThat(op.programmePeriod()).isEqualTo(ProgrammePeriods.CURRENT));
            assertThat(details.staff().values()).allMatch(count -> count >= 0 && count <= 999);
            assertThat(details.email()).endsWith("@kentra.invalid");
            assertThat(details.operatingSince()).matches(CentreDetails.MONTH);
        }
        assertThat(CentreGenerator.plan(246, 0)).extracting(GeneratedDetails::of)
                .anyMatch(details -> details.branches().contains(Branch.ROMA))
                .anyMatch(details -> details.branches().contains(Branch.MIGRANTS))
                .anyMatch(details -> Boolean.TRUE.equals(details.mobileUnit()));
    }
}
