package gr.kentra.tenants.centre.registry;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CentreRepository extends JpaRepository<Centre, String> {

    @Query("""
            select c from Centre c
            where (:status is null or c.status = :status)
              and (:region is null or c.region = :region)
              and (:generated is null or c.generated = :generated)
              and (:q is null or c.searchText like :q escape '\\')""")
    Page<Centre> search(@Param("status") CentreStatus status, @Param("region") String region,
            @Param("generated") Boolean generated, @Param("q") String q, Pageable page);

    /** Centres whose schema still has to be made: never tried, or failed and due for another try. */
    @Query("""
            select c.id from Centre c
            where c.status not in (gr.kentra.tenants.centre.registry.CentreStatus.ARCHIVED,
                                 gr.kentra.tenants.centre.registry.CentreStatus.DELETED)
              and (c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.PENDING
                   or (c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED and c.nextAttemptAt <= :now))
              and (c.schemaClaimedBy is null or c.schemaClaimedAt < :expired)
            order by c.generated, c.createdAt, c.id""")
    List<String> dueForProvisioning(@Param("now") Instant now, @Param("expired") Instant expired, Limit limit);

    // Bulk updates: the reconciler must not lose against (or overwrite) an administrator's concurrent edit.
    @Modifying
    @Query("""
            update Centre c set c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.READY, c.schemaError = null,
                c.schemaAttempts = 0, c.nextAttemptAt = null, c.updatedAt = :now,
                c.schemaClaimedBy = null, c.schemaClaimedAt = null,
                c.status = case when c.status = gr.kentra.tenants.centre.registry.CentreStatus.ONBOARDING
                                 and c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.READY
                                then gr.kentra.tenants.centre.registry.CentreStatus.ACTIVE else c.status end,
                c.version = c.version + 1
            where c.id = :id""")
    int markReady(@Param("id") String id, @Param("now") Instant now);

    @Modifying
    @Query("""
            update Centre c set c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED, c.schemaError = :error,
                c.schemaAttempts = c.schemaAttempts + 1, c.nextAttemptAt = :retryAt, c.updatedAt = :now,
                c.schemaClaimedBy = null, c.schemaClaimedAt = null, c.version = c.version + 1
            where c.id = :id and c.schemaClaimedBy = :runner""")
    int markFailed(@Param("id") String id, @Param("runner") String runner, @Param("error") String error,
            @Param("retryAt") Instant retryAt, @Param("now") Instant now);

    @Query("select c.schemaAttempts from Centre c where c.id = :id")
    int attempts(@Param("id") String id);

    /** Centres whose Keycloak step still has to be done: never tried, or failed and due for another try. */
    @Query("""
            select c.id from Centre c
            where c.status not in (gr.kentra.tenants.centre.registry.CentreStatus.ARCHIVED,
                                 gr.kentra.tenants.centre.registry.CentreStatus.DELETED)
              and (c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.PENDING
                   or (c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED
                       and c.keycloakNextAttemptAt <= :now))
              and (c.keycloakClaimedBy is null or c.keycloakClaimedAt < :expired)
            order by c.generated, c.createdAt, c.id""")
    List<String> dueForOrganization(@Param("now") Instant now, @Param("expired") Instant expired, Limit limit);

    @Modifying
    @Query("""
            update Centre c set c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.READY, c.keycloakError = null,
                c.keycloakAttempts = 0, c.keycloakNextAttemptAt = null, c.updatedAt = :now,
                c.keycloakClaimedBy = null, c.keycloakClaimedAt = null,
                c.status = case when c.status = gr.kentra.tenants.centre.registry.CentreStatus.ONBOARDING
                                 and c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.READY
                                then gr.kentra.tenants.centre.registry.CentreStatus.ACTIVE else c.status end,
                c.version = c.version + 1
            where c.id = :id""")
    int markOrganizationReady(@Param("id") String id, @Param("now") Instant now);

    @Modifying
    @Query("""
            update Centre c set c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED,
                c.keycloakError = :error, c.keycloakAttempts = c.keycloakAttempts + 1,
                c.keycloakNextAttemptAt = :retryAt, c.updatedAt = :now, c.version = c.version + 1,
                c.keycloakClaimedBy = null, c.keycloakClaimedAt = null
            where c.id = :id and c.keycloakClaimedBy = :runner""")
    int markOrganizationFailed(@Param("id") String id, @Param("runner") String runner, @Param("error") String error,
            @Param("retryAt") Instant retryAt, @Param("now") Instant now);

    @Query("select c.keycloakAttempts from Centre c where c.id = :id")
    int organizationAttempts(@Param("id") String id);

    /**
     * Claims the schema step for one runner: only when it is still to do and nobody holds it (or the holder's claim
     * is older than the lease). One conditional update, so two runners can never both get 1.
     */
    @Modifying
    @Query("""
            update Centre c set c.schemaClaimedBy = :runner, c.schemaClaimedAt = :now
            where c.id = :id and c.schemaStatus <> gr.kentra.tenants.centre.registry.SchemaStatus.READY
              and (c.schemaClaimedBy is null or c.schemaClaimedAt < :expired)""")
    int claimSchema(@Param("id") String id, @Param("runner") String runner, @Param("now") Instant now,
            @Param("expired") Instant expired);

    /** The same claim for the Keycloak step. */
    @Modifying
    @Query("""
            update Centre c set c.keycloakClaimedBy = :runner, c.keycloakClaimedAt = :now
            where c.id = :id and c.keycloakStatus <> gr.kentra.tenants.centre.registry.SchemaStatus.READY
              and (c.keycloakClaimedBy is null or c.keycloakClaimedAt < :expired)""")
    int claimOrganization(@Param("id") String id, @Param("runner") String runner, @Param("now") Instant now,
            @Param("expired") Instant expired);

    /** An administrator's retry: whatever failed is due now (a claimed step is left to its runner). */
    @Modifying
    @Query("""
            update Centre c set
                c.nextAttemptAt = case when c.schemaStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED
                                       then :now else c.nextAttemptAt end,
                c.keycloakNextAttemptAt = case when c.keycloakStatus = gr.kentra.tenants.centre.registry.SchemaStatus.FAILED
                                               then :now else c.keycloakNextAttemptAt end
            where c.id = :id""")
    int dueNow(@Param("id") String id, @Param("now") Instant now);

    /** Other centres registered under the same Greek name (case ignored), for the administrator's check. */
    @Query("""
            select c.id from Centre c where lower(c.nameEl) = lower(:name) and c.id <> :id
              and c.status <> gr.kentra.tenants.centre.registry.CentreStatus.DELETED order by c.id""")
    List<String> namesakes(@Param("id") String id, @Param("name") String name);

    /** What the gateway needs to refuse traffic: every centre that is not active, with its status. */
    @Query("""
            select new gr.kentra.tenants.centre.registry.CentreAvailability(c.id, c.status) from Centre c
            where c.status <> gr.kentra.tenants.centre.registry.CentreStatus.ACTIVE order by c.id""")
    List<CentreAvailability> unavailable();

    /** Every centre's names (a deleted one has none left to show), for case-service's page headers. */
    @Query("""
            select new gr.kentra.tenants.centre.registry.CentreDisplayName(c.id, c.nameEl, c.nameEn) from Centre c
            where c.status <> gr.kentra.tenants.centre.registry.CentreStatus.DELETED order by c.id""")
    List<CentreDisplayName> displayNames();
}
