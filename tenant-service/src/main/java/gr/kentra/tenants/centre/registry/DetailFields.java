package gr.kentra.tenants.centre.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;

/**
 * The detail fields both requests ({@link OnboardCentre}, {@link CentreChanges}) carry flat on the wire, read once
 * into {@link CentreDetails} and their hours checked once ({@link ConsistentHours}, declared here for both). The
 * records still declare each field with its constraints: the validator and the API document read them there.
 */
@ConsistentHours
interface DetailFields {

    String programmeCode();

    String programmeName();

    String priorityAxisCode();

    String priorityAxisName();

    List<EsfOperation> operations();

    String address();

    String phone();

    String email();

    List<TimeSlot> openingHours();

    List<TimeSlot> walkInHours();

    Set<Branch> branches();

    Boolean mobileUnit();

    Map<StaffRole, Integer> staff();

    String operatingSince();

    /** The fields as given, with {@code operations} in place of the request's own list. */
    default CentreDetails details(List<EsfOperation> operations) {
        return new CentreDetails(programmeCode(), programmeName(), priorityAxisCode(), priorityAxisName(), operations,
                address(), phone(), email(), openingHours(), walkInHours(), branches(), mobileUnit(), staff(),
                operatingSince());
    }
}
