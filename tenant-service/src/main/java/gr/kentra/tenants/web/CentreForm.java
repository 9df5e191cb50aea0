package gr.kentra.tenants.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import gr.kentra.tenants.centre.registry.CentreView;

/**
 * What the create and edit forms post, exactly as typed (all text), so that a form sent back with errors shows
 * everything the administrator entered. {@link FormRequests} turns it into the API's requests.
 */
public class CentreForm {

    /** One row of a weekly schedule table; blank times mean "no slot". */
    public static class SlotRow {
        private String day;
        private String from;
        private String to;

        public SlotRow() {
        }

        SlotRow(String day, String from, String to) {
            this.day = day;
            this.from = from;
            this.to = to;
        }

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }

        boolean blank() {
            return isBlank(from) && isBlank(to);
        }
    }

    /** One ESF operation row; a blank MIS code means "no operation". */
    public static class OperationRow {
        private String programmePeriod;
        private String misCode;

        public OperationRow() {
        }

        OperationRow(String programmePeriod, String misCode) {
            this.programmePeriod = programmePeriod;
            this.misCode = misCode;
        }

        public String getProgrammePeriod() { return programmePeriod; }
        public void setProgrammePeriod(String programmePeriod) { this.programmePeriod = programmePeriod; }
        public String getMisCode() { return misCode; }
        public void setMisCode(String misCode) { this.misCode = misCode; }
    }

    private String id;
    private String nameEl;
    private String nameEn;
    private String municipality;
    private String region;
    private String cell;
    private String programmeCode;
    private String programmeName;
    private String priorityAxisCode;
    private String priorityAxisName;
    private List<OperationRow> operations = new ArrayList<>();
    private String address;
    private String phone;
    private String email;
    private List<SlotRow> opening = new ArrayList<>();
    private List<SlotRow> walkIn = new ArrayList<>();
    private Set<Branch> branches = EnumSet.noneOf(Branch.class);
    private String mobileUnit = "";
    private Map<String, String> staff = new LinkedHashMap<>();
    private String operatingSince;
    private Long version;

    /** An empty onboarding form: one row per weekday for the hours, one per programme period for operations. */
    static CentreForm blank() {
        CentreForm form = new CentreForm();
        form.operations.add(new OperationRow("2021-2027", ""));
        form.operations.add(new OperationRow("2014-2020", ""));
        form.padRows();
        return form;
    }

    static CentreForm of(CentreView centre) {
        CentreForm form = new CentreForm();
        form.id = centre.id();
        form.nameEl = centre.nameEl();
        form.nameEn = centre.nameEn();
        form.municipality = centre.municipality();
        form.region = centre.region();
        form.cell = centre.cell();
        form.programmeCode = centre.programmeCode();
        form.programmeName = centre.programmeName();
        form.priorityAxisCode = centre.priorityAxisCode();
        form.priorityAxisName = centre.priorityAxisName();
        for (EsfOperation operation : centre.operations()) {
            form.operations.add(new OperationRow(operation.programmePeriod(), operation.misCode()));
        }
        form.operations.add(new OperationRow("2021-2027", ""));
        form.address = centre.address();
        form.phone = centre.phone();
        form.email = centre.email();
        centre.openingHours().forEach(slot -> form.opening.add(row(slot)));
        centre.walkInHours().forEach(slot -> form.walkIn.add(row(slot)));
        form.branches = centre.branches().isEmpty() ? EnumSet.noneOf(Branch.class) : EnumSet.copyOf(centre.branches());
        form.mobileUnit = centre.mobileUnit() == null ? "" : centre.mobileUnit().toString();
        centre.staff().forEach((role, count) -> form.staff.put(role.name(), count.toString()));
        form.operatingSince = centre.operatingSince();
        form.version = centre.version();
        form.padRows();
        return form;
    }

    /** Adds a blank row for every weekday that has none yet, so a day can be added without script. */
    void padRows() {
        pad(opening);
        pad(walkIn);
        for (StaffRole role : StaffRole.values()) {
            staff.putIfAbsent(role.name(), "");
        }
    }

    private static void pad(List<SlotRow> rows) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (rows.stream().noneMatch(row -> day.name().equals(row.day))) {
                rows.add(new SlotRow(day.name(), "", ""));
            }
        }
        rows.sort(java.util.Comparator.comparing((SlotRow row) -> dayIndex(row.day)));
    }

    private static int dayIndex(String day) {
        try {
            return DayOfWeek.valueOf(day).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return 7;
        }
    }

    private static SlotRow row(TimeSlot slot) {
        return new SlotRow(slot.day().name(), slot.from().toString(), slot.to().toString());
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNameEl() { return nameEl; }
    public void setNameEl(String nameEl) { this.nameEl = nameEl; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCell() { return cell; }
    public void setCell(String cell) { this.cell = cell; }
    public String getProgrammeCode() { return programmeCode; }
    public void setProgrammeCode(String programmeCode) { this.programmeCode = programmeCode; }
    public String getProgrammeName() { return programmeName; }
    public void setProgrammeName(String programmeName) { this.programmeName = programmeName; }
    public String getPriorityAxisCode() { return priorityAxisCode; }
    public void setPriorityAxisCode(String priorityAxisCode) { this.priorityAxisCode = priorityAxisCode; }
    public String getPriorityAxisName() { return priorityAxisName; }
    public void setPriorityAxisName(String priorityAxisName) { this.priorityAxisName = priorityAxisName; }
    public List<OperationRow> getOperations() { return operations; }
    public void setOperations(List<OperationRow> operations) { this.operations = operations; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<SlotRow> getOpening() { return opening; }
    public void setOpening(List<SlotRow> opening) { this.opening = opening; }
    public List<SlotRow> getWalkIn() { return walkIn; }
    public void setWalkIn(List<SlotRow> walkIn) { this.walkIn = walkIn; }
    public Set<Branch> getBranches() { return branches; }
    public void setBranches(Set<Branch> branches) { this.branches = branches; }
    public String getMobileUnit() { return mobileUnit; }
    public void setMobileUnit(String mobileUnit) { this.mobileUnit = mobileUnit; }
    public Map<String, String> getStaff() { return staff; }
    public void setStaff(Map<String, String> staff) { this.staff = staff; }
    public String getOperatingSince() { return operatingSince; }
    public void setOperatingSince(String operatingSince) { this.operatingSince = operatingSince; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
