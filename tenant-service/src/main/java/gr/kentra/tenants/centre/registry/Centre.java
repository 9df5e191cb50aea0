package gr.kentra.tenants.centre.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gr.kentra.tenants.centre.archive.ExportStatus;
import gr.kentra.tenants.centre.details.Branch;
import gr.kentra.tenants.centre.details.CentreDetails;
import gr.kentra.tenants.centre.details.EsfOperation;
import gr.kentra.tenants.centre.details.ProgrammePeriods;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.StaffRole;
import gr.kentra.tenants.centre.details.TimeSlot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** One municipality's Community Centre: a tenant of the platform. The id is the tenant id (slug). */
@Entity
@Table(name = "centre")
public class Centre {

    @Id
    private String id;
    private String nameEl;
    private String nameEn;
    private String municipality;
    private String region;
    private String programmeCode;
    private String programmeName;
    private String priorityAxisCode;
    private String priorityAxisName;
    // Lazy and batch-fetched: a page of 50 centres loads each collection in one query, not 50.
    @ElementCollection
    @CollectionTable(name = "centre_operation", joinColumns = @JoinColumn(name = "centre_id"))
    @BatchSize(size = 100)
    private Set<EsfOperation> operations = new LinkedHashSet<>();
    private String address;
    private String phone;
    private String email;
    @ElementCollection
    @CollectionTable(name = "centre_opening_hours", joinColumns = @JoinColumn(name = "centre_id"))
    @BatchSize(size = 100)
    private List<TimeSlot> openingHours = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "centre_walk_in_hours", joinColumns = @JoinColumn(name = "centre_id"))
    @BatchSize(size = 100)
    private List<TimeSlot> walkInHours = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "centre_branch", joinColumns = @JoinColumn(name = "centre_id"))
    @Column(name = "branch")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Branch> branches = EnumSet.noneOf(Branch.class);
    /** Null when unknown: the seeds' descriptions do not say. */
    private Boolean mobileUnit;
    @ElementCollection
    @CollectionTable(name = "centre_staff", joinColumns = @JoinColumn(name = "centre_id"))
    @MapKeyColumn(name = "role")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "headcount")
    @BatchSize(size = 100)
    private Map<StaffRole, Integer> staff = new EnumMap<>(StaffRole.class);
    /** The month the centre opened, {@code 2017-12}. */
    private String operatingSince;
    /** Id, names and municipality folded by {@link SearchText}, for accent-insensitive search. */
    private String searchText;
    /** The database cell holding the centre's schema: chosen at onboarding, changed only by a move. */
    private String cell;
    @Enumerated(EnumType.STRING)
    private CentreStatus status;
    @Enumerated(EnumType.STRING)
    private SchemaStatus schemaStatus;
    @Column(name = "schema_error")
    private String schemaError;
    private int schemaAttempts;
    private Instant nextAttemptAt;
    @Enumerated(EnumType.STRING)
    private SchemaStatus keycloakStatus;
    private String keycloakError;
    private int keycloakAttempts;
    private Instant keycloakNextAttemptAt;
    // Who runs a step now (see OnboardingClaims): set at registration or by a bulk update, never by an edit.
    @Column(updatable = false)
    private String schemaClaimedBy;
    @Column(updatable = false)
    private Instant schemaClaimedAt;
    @Column(updatable = false)
    private String keycloakClaimedBy;
    @Column(updatable = false)
    private Instant keycloakClaimedAt;
    /** When it was archived; its export (see {@code lifecycle}) and, after the retention period, deletion follow. */
    private Instant archivedAt;
    @Enumerated(EnumType.STRING)
    private ExportStatus exportStatus;
    // Written only by the lifecycle package, with the version bumped, so never from here.
    @Column(insertable = false, updatable = false)
    private String exportFile;
    @Column(insertable = false, updatable = false)
    private String exportSha256;
    @Column(insertable = false, updatable = false)
    private Instant deletedAt;
    private boolean generated;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Centre() {
    }

    Centre(String id, String nameEl, String nameEn, String municipality, Region region, String cell, Instant now) {
        this.id = id;
        this.nameEl = nameEl;
        this.nameEn = nameEn;
        this.municipality = municipality;
        this.region = region.code();
        this.cell = cell;
        this.status = CentreStatus.ONBOARDING;
        this.schemaStatus = SchemaStatus.PENDING;
        this.keycloakStatus = SchemaStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The onboarding request runs both steps itself: the reconcilers leave them alone while it holds them. */
    void claimSteps(String runner, Instant now) {
        this.schemaClaimedBy = runner;
        this.schemaClaimedAt = now;
        this.keycloakClaimedBy = runner;
        this.keycloakClaimedAt = now;
    }

    String id() { return id; }
    public String nameEl() { return nameEl; }
    String nameEn() { return nameEn; }
    String municipality() { return municipality; }
    public Region region() { return Region.ofCode(region).orElseThrow(); }
    String programmeCode() { return programmeCode; }
    String programmeName() { return programmeName; }
    String priorityAxisCode() { return priorityAxisCode; }
    String priorityAxisName() { return priorityAxisName; }
    List<EsfOperation> operations() {
        return operations.stream().sorted(Comparator.comparing(EsfOperation::programmePeriod)
                .thenComparing(EsfOperation::misCode)).toList();
    }
    /** The operation case-service files indicator facts under (see {@link ProgrammePeriods#reportingOperation}). */
    Optional<EsfOperation> reportingOperation() { return ProgrammePeriods.reportingOperation(operations()); }
    public String misCode() { return reportingOperation().map(EsfOperation::misCode).orElse(null); }
    String address() { return address; }
    String phone() { return phone; }
    String email() { return email; }
    List<TimeSlot> openingHours() { return weekly(openingHours); }
    List<TimeSlot> walkInHours() { return weekly(walkInHours); }
    Set<Branch> branches() { return branches.isEmpty() ? Set.of() : EnumSet.copyOf(branches); }
    Boolean mobileUnit() { return mobileUnit; }
    Map<StaffRole, Integer> staff() { return staff.isEmpty() ? Map.of() : new EnumMap<>(staff); }
    String operatingSince() { return operatingSince; }
    public String cell() { return cell; }
    CentreStatus status() { return status; }
    SchemaStatus schemaStatus() { return schemaStatus; }
    String schemaError() { return schemaError; }
    SchemaStatus keycloakStatus() { return keycloakStatus; }
    String keycloakError() { return keycloakError; }
    boolean generated() { return generated; }
    Instant archivedAt() { return archivedAt; }
    ExportStatus exportStatus() { return exportStatus; }
    String exportFile() { return exportFile; }
    String exportSha256() { return exportSha256; }
    Instant deletedAt() { return deletedAt; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Long version() { return version; }

    void describe(String nameEl, String nameEn, String municipality, Instant now) {
        if (nameEl != null) {
            this.nameEl = nameEl;
        }
        if (nameEn != null) {
            this.nameEn = nameEn;
        }
        if (municipality != null) {
            this.municipality = municipality;
        }
        this.updatedAt = now;
    }

    /** Applies the given details; null leaves a field as it is, an empty text clears it, a collection replaces. */
    void detail(CentreDetails details, Instant now) {
        programmeCode = pick(details.programmeCode(), programmeCode);
        programmeName = pick(details.programmeName(), programmeName);
        priorityAxisCode = pick(details.priorityAxisCode(), priorityAxisCode);
        priorityAxisName = pick(details.priorityAxisName(), priorityAxisName);
        address = pick(details.address(), address);
        phone = pick(details.phone(), phone);
        email = pick(details.email(), email);
        operatingSince = pick(details.operatingSince(), operatingSince);
        if (details.operations() != null) {
            operations.clear();
            operations.addAll(details.operations());
        }
        if (details.openingHours() != null) {
            openingHours.clear();
            openingHours.addAll(details.openingHours());
        }
        if (details.walkInHours() != null) {
            walkInHours.clear();
            walkInHours.addAll(details.walkInHours());
        }
        if (details.branches() != null) {
            branches.clear();
            branches.addAll(details.branches());
        }
        if (details.mobileUnit() != null) {
            mobileUnit = details.mobileUnit();
        }
        if (details.staff() != null) {
            staff.clear();
            staff.putAll(details.staff());
        }
        this.updatedAt = now;
    }

    /** The older API's single operation: replaces the operation of that programme period. */
    void fund(String misCode, String programmePeriod) {
        String period = programmePeriod == null ? ProgrammePeriods.CURRENT : programmePeriod;
        operations.removeIf(operation -> operation.programmePeriod().equals(period));
        operations.add(new EsfOperation(period, misCode));
    }

    private static List<TimeSlot> weekly(List<TimeSlot> slots) {
        return slots.stream().sorted(Comparator.comparing(TimeSlot::day).thenComparing(TimeSlot::from)).toList();
    }

    private static String pick(String given, String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given.strip();
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.of(id, nameEl, nameEn, municipality);
    }

    void changeStatus(CentreStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new CentreProblems.IllegalTransition(status, next);
        }
        if (next == CentreStatus.ARCHIVED && status != CentreStatus.ARCHIVED) {
            this.archivedAt = now;
            this.exportStatus = ExportStatus.PENDING;
        }
        this.status = next;
        this.updatedAt = now;
    }
}
