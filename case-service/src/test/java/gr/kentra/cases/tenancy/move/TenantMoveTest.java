package gr.kentra.cases.tenancy.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import gr.kentra.cases.tenancy.request.TenantRequestFilter;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Moving a centre between two database cells, and back, with everything it holds. */
class TenantMoveTest extends TwoCellMoveSupport {

    @Test
    void movesEveryTableToCellTwoWithEqualRowsAndChecksumsAndWorksThereAfterwards() throws Exception {
        provision("move-north");
        provision("move-stays");
        List<String> people = fill("move-north");
        String stayer = register("move-stays", "Σταματία", "Μενούση");
        Map<String, String> before = contents(cellOne, "t_move_north");
        assertThat(before).containsKeys("beneficiary", "household_member", "service_request", "referral",
                "counselling_session", "counselling_session_participant", "audit_event", "indicator_outbox");
        assertThat(before.get("audit_event")).doesNotStartWith("0:");
        assertThat(before.get("indicator_outbox")).doesNotStartWith("0:");

        move("move-north", "cell-2").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("MOVED"))
                .andExpect(jsonPath("$.from").value("cell-1"))
                .andExpect(jsonPath("$.to").value("cell-2"))
                .andExpect(jsonPath("$.sourceDropped").value(true))
                .andExpect(jsonPath("$.tables[?(@.table == 'beneficiary')].rows").value(2))
                .andExpect(jsonPath("$.tables[?(@.table == 'databasechangelog')]").isEmpty());

        assertThat(cellOne.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and classid = ?::oid"
                + " and mode = 'ExclusiveLock'", Integer.class, gr.kentra.cases.tenancy.gate.MoveLock.MOVE_LOCK))
                .as("the move lock is free the moment the move answers, on every instance").isZero();
        assertThat(contents(cellTwo, "t_move_north")).as("every table, row for row").isEqualTo(before);
        assertThat(schemaExists(cellOne, "t_move_north")).isFalse();
        assertThat(cellOne.queryForObject("select cell from platform.tenant_schema where tenant_id = 'move-north'",
                String.class)).isEqualTo("cell-2");
        mvc.perform(in("move-north", "social-worker", get("/api/beneficiaries/{id}", people.get(0)), null))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lastName").value("Μετακομίδου"));
        String after = register("move-north", "Άρτεμις", "Νεοφερμένη");
        assertThat(cellTwo.queryForObject("select count(*) from t_move_north.beneficiary where id = ?::uuid",
                Integer.class, after)).as("a new write lands on cell-2").isOne();

        mvc.perform(in("move-stays", "social-worker", get("/api/beneficiaries/{id}", stayer), null))
                .andExpect(status().isOk());
        assertThat(schemaExists(cellOne, "t_move_stays")).isTrue();
        assertThat(schemaExists(cellTwo, "t_move_stays")).isFalse();
    }

    @Test
    void theMovedCentreAndOneThatStayedStillCannotSeeEachOther() throws Exception {
        provision("move-east");
        provision("move-west");
        String east = register("move-east", "Ανατολή", "Ξενιτεμένη");
        String west = register("move-west", "Δύση", "Ντόπια");
        move("move-east", "cell-2").andExpect(status().isOk());

        mvc.perform(get("/api/beneficiaries/{id}", east).header(TenantRequestFilter.HEADER, "move-east")
                        .with(token(List.of("move-west"), "social-worker")))
                .andExpect(status().isForbidden());
        mvc.perform(in("move-west", "social-worker", get("/api/beneficiaries/{id}", east), null))
                .andExpect(status().isNotFound());
        mvc.perform(in("move-east", "social-worker", get("/api/beneficiaries/{id}", west), null))
                .andExpect(status().isNotFound());
        mvc.perform(in("move-east", "social-worker", get("/api/beneficiaries").param("q", "Ντόπια"), null))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void movesBackToCellOneWithNothingLeftOnCellTwo() throws Exception {
        provision("move-return");
        List<String> people = fill("move-return");
        Map<String, String> before = contents(cellOne, "t_move_return");
        move("move-return", "cell-2").andExpect(status().isOk());
        Map<String, String> onCellTwo = contents(cellTwo, "t_move_return");

        move("move-return", "cell-1").andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("MOVED"));

        assertThat(contents(cellOne, "t_move_return")).isEqualTo(onCellTwo).isEqualTo(before);
        assertThat(schemaExists(cellTwo, "t_move_return")).isFalse();
        mvc.perform(in("move-return", "social-worker", get("/api/beneficiaries/{id}", people.get(1)), null))
                .andExpect(status().isOk());
        register("move-return", "Επιστροφή", "Πίσω");
        assertThat(count(cellOne, "t_move_return", "beneficiary")).isEqualTo(3);
    }

    /** The copy fills the search index through a pending list; the moved index must take rows one by one again. */
    @Test
    void theMovedSearchIndexHasNoPendingListAndFindsThePeople() throws Exception {
        provision("move-index");
        fill("move-index");
        move("move-index", "cell-2").andExpect(status().isOk());

        assertThat(cellTwo.queryForObject("select array_to_string(c.reloptions, ',') from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 't_move_index' and c.relname = 'beneficiary_search_trgm_ix'", String.class))
                .isEqualTo("fastupdate=off");
        mvc.perform(in("move-index", "social-worker",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/beneficiaries")
                                .param("q", "metakomidou"), null))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.items[0].lastName").value("Μετακομίδου"));
    }

    @Test
    void movingToTheCellItIsOnChangesNothing() throws Exception {
        provision("move-still");
        String person = register("move-still", "Ακίνητη", "Σταθερού");
        move("move-still", "cell-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("UNCHANGED"))
                .andExpect(jsonPath("$.tables").isEmpty());
        assertThat(schemaExists(cellTwo, "t_move_still")).isFalse();
        mvc.perform(in("move-still", "social-worker", get("/api/beneficiaries/{id}", person), null))
                .andExpect(status().isOk());
    }

    @Test
    void refusesAnUnknownCellAnUnknownCentreAndAnyoneButThePlatformAdministrator() throws Exception {
        provision("move-refused");
        move("move-refused", "cell-9").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("cell"));
        move("move-nobody", "cell-2").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/internal/tenants/{tenant}/move", "move-refused")
                        .with(token(List.of("move-refused"), "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cell\":\"cell-2\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/internal/tenants/{tenant}/move", "move-refused").with(tenantService())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cell"));
        assertThat(schemaExists(cellTwo, "t_move_refused")).isFalse();
    }

    @Test
    void refusesASecondMoveOfTheSameCentreWhileOneRuns() throws Exception {
        provision("move-twice");
        register("move-twice", "Διπλή", "Κίνηση");
        CountDownLatch copying = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        mover.interfere(target -> {
            copying.countDown();
            await(release);
        });
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> statusOf("move-twice", "cell-2"));
        assertThat(copying.await(30, TimeUnit.SECONDS)).isTrue();

        move("move-twice", "cell-2").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The centre is already being moved."));
        release.countDown();

        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(schemaExists(cellTwo, "t_move_twice")).isTrue();
    }

    private int statusOf(String tenant, String cell) {
        try {
            return move(tenant, cell).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
