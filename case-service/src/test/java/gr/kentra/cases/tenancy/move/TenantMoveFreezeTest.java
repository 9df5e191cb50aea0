package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import gr.kentra.cases.tenancy.cell.DatabaseCell;
import gr.kentra.cases.tenancy.cell.DatabaseCells;
import gr.kentra.cases.tenancy.gate.FrozenTenantResponse;
import gr.kentra.commons.tenant.TenantId;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

/** What the centre's users see while it moves, and what a failed move leaves behind: nothing lost either way. */
class TenantMoveFreezeTest extends TwoCellMoveSupport {

    private static final String GREEK_DETAIL =
            "Τα δεδομένα του κέντρου μεταφέρονται· δεν αποθηκεύτηκε τίποτα. Δοκιμάστε ξανά σε λίγο.";

    @Autowired
    DatabaseCells cells;
    @Autowired
    EntityManagerFactory entities;

    @Test
    void everyRegistrationAcknowledgedDuringAMoveIsOnTheNewCellAndTheOthersWereRefused() throws Exception {
        provision("move-busy");
        register("move-busy", "Πρώτη", "Πριν");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean moved = new AtomicBoolean();
        // Held frozen until the writer has met the freeze at least once, so the test always sees both answers.
        mover.interfere(target -> await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() > 0));
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<List<Integer>> unexpected = writer.submit(() -> {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; !moved.get() || i < 5; i++) {
                MvcResult result = mvc.perform(in("move-busy", "social-worker", post("/api/beneficiaries"), """
                        {"firstName":"Γράφουσα","lastName":"Συνεχώς%d","dateOfBirth":"1990-01-01","gender":"FEMALE"}"""
                        .formatted(i))).andReturn();
                int status = result.getResponse().getStatus();
                if (status == 201) {
                    acknowledged.add(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
                } else if (status == 503) {
                    refused.incrementAndGet();
                } else {
                    others.add(status);
                }
            }
            return others;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !acknowledged.isEmpty());

        move("move-busy", "cell-2").andExpect(status().isOk());
        moved.set(true);

        assertThat(unexpected.get()).as("no answer but 201 or 503").isEmpty();
        writer.shutdown();
        assertThat(refused.get()).isPositive();
        List<String> onCellTwo = cellTwo.queryForList("select id::text from t_move_busy.beneficiary", String.class);
        assertThat(onCellTwo).as("nothing acknowledged was dropped").containsAll(acknowledged);
        assertThat(onCellTwo).as("nothing refused was saved").hasSize(acknowledged.size() + 1);
        assertThat(schemaExists(cellOne, "t_move_busy")).isFalse();
    }

    @Test
    void aWriteToAFrozenCentreGets503WithRetryAfterAndAProblemInGreekOrEnglishWhileReadsGoOn() throws Exception {
        provision("move-frozen");
        TenantId tenant = TenantId.of("move-frozen");
        assertThat(freezes.freeze(tenant, Duration.ofSeconds(5))).isTrue();
        try {
            String body = """
                    {"firstName":"Παγωμένη","lastName":"Αναμονή","dateOfBirth":"1990-01-01","gender":"FEMALE"}""";
            mvc.perform(in("move-frozen", "social-worker", post("/api/beneficiaries"), body))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.detail").value(GREEK_DETAIL));
            mvc.perform(in("move-frozen", "social-worker", post("/api/beneficiaries"), body)
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.title").value("Centre being moved"))
                    .andExpect(jsonPath("$.detail").value("The data of this centre are being moved to another "
                            + "database; nothing was saved. Try again in a moment."));
            mvc.perform(in("move-frozen", "social-worker", get("/api/request-types"), null))
                    .andExpect(status().isOk());
        } finally {
            freezes.unfreeze(tenant);
        }
        assertThat(count(cellOne, "t_move_frozen", "beneficiary")).isZero();
        register("move-frozen", "Ξεπαγωμένη", "Ξανά");
    }

    @Test
    void aWriteThatSlipsPastTheFilterMeetsAReadOnlyConnectionAndGetsTheSame503() throws Exception {
        provision("move-slip");
        String person = register("move-slip", "Γλιστερή", "Διαφυγή");
        long audited = count(cellOne, "t_move_slip", "audit_event");
        TenantId tenant = TenantId.of("move-slip");
        assertThat(freezes.freeze(tenant, Duration.ofSeconds(5))).isTrue();
        try {
            // A record card read passes the filter, but it must write its audit line: the connection refuses.
            mvc.perform(in("move-slip", "social-worker", get("/api/beneficiaries/{id}", person), null)
                            .header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.title").value("Centre being moved"));
        } finally {
            freezes.unfreeze(tenant);
        }
        assertThat(count(cellOne, "t_move_slip", "audit_event")).isEqualTo(audited);
        mvc.perform(in("move-slip", "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(status().isOk());
        assertThat(count(cellOne, "t_move_slip", "audit_event")).isEqualTo(audited + 1);
    }

    /**
     * Through the provider Hibernate uses: the transaction opened by the move lock's statement is made read-only,
     * not just the session's later transactions (issue 15's transaction-scoped lock).
     */
    @Test
    void aConnectionHandedOutForAFrozenCentreRefusesWritesAndGoesBackToThePoolReadWrite() throws Exception {
        provision("move-pool");
        TenantId tenant = TenantId.of("move-pool");
        DatabaseCell cell = cells.defaultCell();
        @SuppressWarnings("unchecked")
        MultiTenantConnectionProvider<String> connections = entities.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(MultiTenantConnectionProvider.class);
        assertThat(freezes.freeze(tenant, Duration.ofSeconds(5))).isTrue();
        try {
            Connection connection = connections.getConnection("move-pool");
            try (Statement statement = connection.createStatement()) {
                SQLException refused = catchThrowableOfType(SQLException.class,
                        () -> statement.executeUpdate("insert into indicator_outbox (id, fact)"
                                + " values (gen_random_uuid(), '{}')"));
                assertThat(refused.getSQLState()).isEqualTo("25006");
                assertThat(FrozenTenantResponse.isFrozenRefusal(
                        new DataAccessException("wrapped", refused) { })).isTrue();
            } finally {
                connection.close();
            }
        } finally {
            freezes.unfreeze(tenant);
        }
        JdbcTemplate pool = new JdbcTemplate(cell.pool());
        for (int i = 0; i < 12; i++) {
            assertThat(pool.queryForObject("show transaction_read_only", String.class)).isEqualTo("off");
        }
    }

    @Test
    void aChecksumMismatchFoundAfterTheCopyLeavesTheCentreWorkingOnItsSourceAndNothingOnTheTarget()
            throws Exception {
        provision("move-mismatch");
        List<String> people = fill("move-mismatch");
        Map<String, String> before = contents(cellOne, "t_move_mismatch");
        mover.interfere(target -> {
            try (Statement statement = target.createStatement()) {
                statement.executeUpdate("update t_move_mismatch.beneficiary set last_name = 'Αλλοιωμένη'"
                        + " where id = '" + people.get(0) + "'");
            }
        });

        move("move-mismatch", "cell-2").andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(
                        "The move failed and was undone; the centre stays on database cell cell-1."));

        assertStaysOnCellOne("move-mismatch", "t_move_mismatch", before, people.get(0));
    }

    @Test
    void aTargetConnectionBrokenHalfWayLeavesTheCentreWorkingOnItsSourceAndNothingOnTheTarget() throws Exception {
        provision("move-broken");
        List<String> people = fill("move-broken");
        Map<String, String> before = contents(cellOne, "t_move_broken");
        mover.interfere(target -> {
            try (Statement statement = target.createStatement()) {
                // The server ends this very session, as a network failure or a restarted cell would.
                statement.execute("select pg_terminate_backend(pg_backend_pid())");
            }
        });

        move("move-broken", "cell-2").andExpect(status().isInternalServerError());

        assertStaysOnCellOne("move-broken", "t_move_broken", before, people.get(0));
    }

    private void assertStaysOnCellOne(String tenant, String schema, Map<String, String> before, String person)
            throws Exception {
        assertThat(schemaExists(cellTwo, schema)).as("nothing half-made on the target").isFalse();
        assertThat(cellOne.queryForObject("select cell from platform.tenant_schema where tenant_id = ?",
                String.class, tenant)).isEqualTo("cell-1");
        assertThat(contents(cellOne, schema)).isEqualTo(before);
        assertThat(freezes.isFrozen(TenantId.of(tenant))).isFalse();
        mvc.perform(in(tenant, "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(status().isOk());
        String added = register(tenant, "Μετά", "Αποτυχίας");
        assertThat(cellOne.queryForObject("select count(*) from \"" + schema + "\".beneficiary where id = ?::uuid",
                Integer.class, added)).isOne();
        mover.interfere(null);
        move(tenant, "cell-2").andExpect(status().isOk());
        assertThat(count(cellTwo, schema, "beneficiary")).isEqualTo(3);
    }
}
