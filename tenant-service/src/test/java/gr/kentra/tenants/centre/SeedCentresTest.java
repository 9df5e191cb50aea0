package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import gr.kentra.tenants.centre.registry.CentreService;
import gr.kentra.tenants.centre.registry.CentreView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four seeds carry what their own published descriptions say, and nothing more. The descriptions are the
 * municipalities' pages, not part of this repository; what was taken from them is the registry changelog's
 * {@code seed-four-centres} and {@code seed-centres-real-details} changesets ({@code db/changelog/registry.yaml}).
 */
class SeedCentresTest extends RegistryTest {

    @Autowired
    CentreService centres;

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Test
    void moschatoTavrosHasItsOperationHoursWalkInMorningsAndStaff() {
        CentreView moschato = centres.find("moschato-tavros");

        assertThat(moschato.operations()).containsExactly(new EsfOperation("2014-2020", "5001910"));
        assertThat(moschato.programmeName()).contains("Αττική 2014-2020");
        assertThat(moschato.priorityAxisName()).startsWith("Προώθηση της Κοινωνικής Ένταξης");
        assertThat(moschato.address()).isEqualTo("Μιαούλη 60, Μοσχάτο");
        assertThat(moschato.phone()).isEqualTo("210 9418655");
        assertThat(moschato.openingHours()).extracting(TimeSlot::day).containsExactlyElementsOf(WEEKDAYS);
        assertThat(moschato.openingHours()).allMatch(slot -> slot.from().equals(LocalTime.of(8, 0))
                && slot.to().equals(LocalTime.of(16, 0)));
        // "καθημερινά εκτός Παρασκευής 9:00-13:00"
        assertThat(moschato.walkInHours()).extracting(TimeSlot::day).containsExactlyElementsOf(WEEKDAYS.subList(0, 4));
        assertThat(moschato.staff()).isEqualTo(Map.of(StaffRole.SOCIAL_WORKER, 2, StaffRole.PSYCHOLOGIST, 1));
        assertThat(moschato.operatingSince()).isEqualTo("2017-12");
    }

    @Test
    void elefsinaHasItsOperationAxisAndHours() {
        CentreView elefsina = centres.find("elefsina");

        assertThat(elefsina.operations()).containsExactly(new EsfOperation("2014-2020", "5002549"));
        assertThat(elefsina.priorityAxisCode()).isEqualTo("09");
        assertThat(elefsina.openingHours()).hasSize(5)
                .allMatch(slot -> slot.from().equals(LocalTime.of(7, 30)) && slot.to().equals(LocalTime.of(15, 30)));
        assertThat(elefsina.phone()).isEqualTo("210 5542096");
    }

    @Test
    void neaSmyrniAndMouzakiHaveTheirAddressesHoursAndStaff() {
        CentreView neaSmyrni = centres.find("nea-smyrni");
        assertThat(neaSmyrni.address()).startsWith("Ελευθερίου Βενιζέλου 14");
        assertThat(neaSmyrni.openingHours()).hasSize(5).allMatch(slot -> slot.to().equals(LocalTime.of(13, 30)));
        assertThat(neaSmyrni.staff()).isEqualTo(Map.of(StaffRole.PSYCHOLOGIST, 1));

        CentreView mouzaki = centres.find("mouzaki");
        assertThat(mouzaki.region()).isEqualTo("thessaly");
        assertThat(mouzaki.programmeName()).contains("Θεσσαλίας 2014-2020");
        assertThat(mouzaki.phone()).isEqualTo("2445042091");
        assertThat(mouzaki.operatingSince()).isEqualTo("2018-08");
        assertThat(mouzaki.staff()).isEqualTo(Map.of(StaffRole.SOCIAL_WORKER, 1, StaffRole.PSYCHOLOGIST, 1));
    }

    @Test
    void leavesEmptyWhatTheDescriptionsDoNotSay() {
        for (String id : List.of("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki")) {
            CentreView centre = centres.find(id);
            assertThat(centre.generated()).isFalse();
            assertThat(centre.email()).isNull();
            assertThat(centre.branches()).isEmpty();
            assertThat(centre.mobileUnit()).isNull();
            assertThat(centre.programmeCode()).isNull();
        }
        assertThat(centres.find("nea-smyrni").operations()).isEmpty();
        assertThat(centres.find("mouzaki").operations()).isEmpty();
        assertThat(centres.find("nea-smyrni").walkInHours()).isEmpty();
    }
}
