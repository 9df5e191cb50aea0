package gr.kentra.tenants.centre.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry fields of a centre beyond its identity, region and cell, as both requests carry them: funding
 * (regional programme, priority axis, ESF operations), contact, weekly hours, branches, mobile unit, staff
 * headcount and the month it opened. A null means "not given".
 */
public record CentreDetails(String programmeCode, String programmeName, String priorityAxisCode, String priorityAxisName,
        List<EsfOperation> operations, String address, String phone, String email, List<TimeSlot> openingHours,
        List<TimeSlot> walkInHours, Set<Branch> branches, Boolean mobileUnit, Map<StaffRole, Integer> staff,
        String operatingSince) {

    /** A month, {@code 2017-12}, or empty (which clears it). */
    public static final String MONTH = "^(\\d{4}-(0[1-9]|1[0-2]))?$";

    public static List<EsfOperation> withLegacyOperation(List<EsfOperation> operations, String misCode, String period) {
        if (misCode == null) {
            return operations;
        }
        List<EsfOperation> all = operations == null ? new ArrayList<>() : new ArrayList<>(operations);
        EsfOperation legacy = new EsfOperation(period == null ? ProgrammePeriods.CURRENT : period, misCode);
        if (!all.contains(legacy)) {
            all.add(legacy);
        }
        return all;
    }
}
