package vn.householdledger.standalone.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.CommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.command.household.AddMember;
import vn.householdledger.command.household.RegisterHousehold;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Two commands that pass the uniqueness checks together, because neither has committed when the
 * other looks: the later one meets the earlier one's row under the lookup table's key, in its own
 * transaction, and is refused by the rule's code with nothing written. A rebuild of the lookups
 * waits for a command in flight and replays its events.
 */
class LookupRaceApiTest extends ApiTest {

    private static final String REGISTER = "/api/households";

    @Autowired
    private CommandBus commandBus;
    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void theLaterOfTwoRegistrationsOfOneCodeIsRefusedByTheCodesKey() throws Exception {
        String code = uniqueCode("RACE");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        long before = eventCount();
        try (PausedCommand paused = PausedCommand.on(commandBus,
                command -> command instanceof RegisterHousehold r && r.householdId().equals(first))) {
            Future<LedgerApi.Response> winner = send(() -> api.as("worker").post(REGISTER, registration(first, code)));
            paused.awaitPaused();
            Future<LedgerApi.Response> loser = send(() -> api.as("worker").post(REGISTER, registration(second, code)));
            awaitWaitingOn("INSERT INTO command_side.household_code");
            paused.release();

            assertThat(answer(winner).status()).isEqualTo(201);
            assertRuleViolation(answer(loser), "DUPLICATE_CODE");
        }
        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(eventsOf(second)).isZero();
        assertThat(jdbc.queryForList("SELECT household_id FROM command_side.household_code WHERE code = ?", UUID.class, code))
                .containsExactly(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.household_placement WHERE household_id = ?",
                Long.class, second)).isZero();
    }

    @Test
    void theLaterOfTwoMembersJoiningWithOneNationalIdIsRefusedByTheNationalIdsKey() throws Exception {
        UUID first = registerHousehold(HA_LAN);
        UUID second = registerHousehold(HA_LAN);
        String nationalId = uniqueNationalId();
        long secondsEvents = eventsOf(second);
        try (PausedCommand paused = PausedCommand.on(commandBus,
                command -> command instanceof AddMember m && m.householdId().equals(first))) {
            Future<LedgerApi.Response> winner = send(() -> join(first, nationalId));
            paused.awaitPaused();
            Future<LedgerApi.Response> loser = send(() -> join(second, nationalId));
            awaitWaitingOn("INSERT INTO command_side.national_id_holder");
            paused.release();

            assertThat(answer(winner).status()).isEqualTo(201);
            assertRuleViolation(answer(loser), "DUPLICATE_NATIONAL_ID");
        }
        assertThat(eventsOf(second)).isEqualTo(secondsEvents);
        assertThat(jdbc.queryForList("SELECT household_id FROM command_side.national_id_holder WHERE national_id = ?",
                UUID.class, nationalId)).containsExactly(first);
    }

    /**
     * One household id sent twice at once under two codes: the later registration either meets the
     * earlier in the checks, or, past them, loses the creation of the household's stream in the event
     * store and is refused when it is retried.
     */
    @Test
    void aHouseholdIdRegisteredTwiceAtOnceIsRegisteredOnce() throws Exception {
        UUID household = UUID.randomUUID();
        String secondCode = uniqueCode("RACE");
        try (PausedCommand paused = PausedCommand.on(commandBus,
                command -> command instanceof RegisterHousehold r && r.householdId().equals(household))) {
            Future<LedgerApi.Response> winner = send(() -> api.as("worker").post(REGISTER, registration(household, uniqueCode("RACE"))));
            paused.awaitPaused();
            Future<LedgerApi.Response> loser = send(() -> api.as("worker").post(REGISTER, registration(household, secondCode)));
            awaitSharedRebuildLocks(2);
            paused.release();

            assertThat(answer(winner).status()).isEqualTo(201);
            assertRuleViolation(answer(loser), "DUPLICATE_CODE");
        }
        assertThat(eventsOf(household)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_side.household_code WHERE code = ?", Long.class, secondCode))
                .isZero();
    }

    @Test
    void aCommandHeldOpenHoldsUpNoRegistrationOfAnotherHousehold() throws Exception {
        UUID held = UUID.randomUUID();
        try (PausedCommand paused = PausedCommand.on(commandBus,
                command -> command instanceof RegisterHousehold r && r.householdId().equals(held))) {
            Future<LedgerApi.Response> first = send(() -> api.as("worker").post(REGISTER, registration(held, uniqueCode("RACE"))));
            paused.awaitPaused();

            assertThat(answer(send(() -> api.as("worker").post(REGISTER, household(HA_LAN, uniqueCode("RACE"))))).status())
                    .isEqualTo(201);
            paused.release();
            assertThat(answer(first).status()).isEqualTo(201);
        }
    }

    @Test
    void aRebuildWaitsForTheCommandInFlightAndReplaysIt() throws Exception {
        UUID household = UUID.randomUUID();
        String code = uniqueCode("RACE");
        try (PausedCommand paused = PausedCommand.on(commandBus,
                command -> command instanceof RegisterHousehold r && r.householdId().equals(household))) {
            Future<LedgerApi.Response> registered = send(() -> api.as("worker").post(REGISTER, registration(household, code)));
            paused.awaitPaused();
            Future<LedgerApi.Response> rebuilt = send(() -> api.as("admin").post("/api/admin/lookups/rebuild", Map.of()));
            awaitWaitingOn("SELECT pg_advisory_xact_lock(");
            paused.release();

            assertThat(answer(registered).status()).isEqualTo(201);
            assertThat(answer(rebuilt).status()).isEqualTo(200);
        }
        assertThat(jdbc.queryForList("SELECT household_id FROM command_side.household_code WHERE code = ?", UUID.class, code))
                .containsExactly(household);
        assertRuleViolation(api.as("worker").post(REGISTER, registration(UUID.randomUUID(), code)), "DUPLICATE_CODE");
    }

    private Map<String, Object> registration(UUID householdId, String code) {
        Map<String, Object> body = household(HA_LAN, code);
        body.put("householdId", householdId.toString());
        return body;
    }

    private LedgerApi.Response join(UUID household, String nationalId) {
        return api.as("worker").post("/api/households/" + household + "/members",
                member("Lê Văn Tư", "MALE", "2010-01-01", "CHILD", nationalId));
    }

    private Future<LedgerApi.Response> send(Callable<LedgerApi.Response> request) {
        return clients.submit(request);
    }

    private static LedgerApi.Response answer(Future<LedgerApi.Response> response) throws Exception {
        return response.get();
    }

    private long eventsOf(UUID household) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, household.toString());
    }

    /** Until a session of the service waits for a lock in a statement that starts with {@code statement}. */
    private void awaitWaitingOn(String statement) throws InterruptedException {
        awaitAtLeast(1, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?", statement + "%");
    }

    /** Until {@code sessions} commands hold the lookups' rebuild lock shared: each is past it, in the checks or beyond. */
    private void awaitSharedRebuildLocks(int sessions) throws InterruptedException {
        awaitAtLeast(sessions, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ShareLock' AND granted");
    }

    private void awaitAtLeast(long expected, String sql, Object... parameters) throws InterruptedException {
        for (int attempt = 0; attempt < 1500; attempt++) {
            Long count = jdbc.queryForObject(sql, Long.class, parameters);
            if (count != null && count >= expected) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Still waiting for " + expected + " of: " + sql);
    }
}
