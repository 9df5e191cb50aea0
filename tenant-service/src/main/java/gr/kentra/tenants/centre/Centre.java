package gr.kentra.tenants.centre;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One municipality's Community Centre: a tenant of the platform. The id is the tenant id (slug). */
@Entity
@Table(name = "centre")
class Centre {

    @Id
    private String id;
    private String nameEl;
    private String nameEn;
    private String municipality;
    private String region;
    private String misCode;
    private String programmePeriod;
    private String address;
    private String phone;
    private String email;
    /** The database cell holding the centre's schema; fixed at onboarding, since moving it moves its data. */
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

    String id() { return id; }
    String nameEl() { return nameEl; }
    String nameEn() { return nameEn; }
    String municipality() { return municipality; }
    Region region() { return Region.ofCode(region).orElseThrow(); }
    String misCode() { return misCode; }
    String programmePeriod() { return programmePeriod; }
    String address() { return address; }
    String phone() { return phone; }
    String email() { return email; }
    String cell() { return cell; }
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

    void fund(String misCode, String programmePeriod) {
        if (misCode != null) {
            this.misCode = misCode;
        }
        if (programmePeriod != null) {
            this.programmePeriod = programmePeriod;
        }
    }

    void contact(String address, String phone, String email) {
        if (address != null) {
            this.address = address;
        }
        if (phone != null) {
            this.phone = phone;
        }
        if (email != null) {
            this.email = email;
        }
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
