package vn.householdledger.standalone.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Problems;
import vn.householdledger.standalone.admin.AdminProjections;
import vn.householdledger.testing.LedgerApi;

/**
 * Erasure by crypto-shredding over HTTP on the real store: a closed case's personal data is stored
 * sealed from the start, reads {@code đã xoá} everywhere once erased (also after every projection is
 * rebuilt), and no table of either side keeps it (the registration's idempotency record included), while its history and the commune table stay; an open case or a worker is refused and
 * nothing is written.
 */
class ErasureApiTest extends ApiTest {

    private static final String STATISTICS = "/api/statistics/communes?year=2017";

    @Autowired
    @Qualifier("householdCache")
    private Cache householdCache;
    @Value("${ledger.commands.snapshot-threshold}")
    private int threshold;

    @Test
    void anErasedHouseholdShowsNoPersonalDataAnywhereAndItsCountsStay() throws InterruptedException {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        assertThat(read("/api/households/" + h.id())).as("readable while the key exists").contains(h.headName(), h.nationalId());
        assertNotStored(h);
        String statistics = read(STATISTICS);
        long events = eventCount();

        LedgerApi.Response erased = api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu của chủ hộ (Nghị định 13/2023)"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("householdId").asText()).isEqualTo(h.id().toString());
        assertThat(eventCount()).isEqualTo(events + 1);
        assertErasedEverywhere(h);
        assertThat(read(STATISTICS)).isEqualTo(statistics);
        LedgerApi.Response verified = api.as("admin").post("/api/admin/verify", Map.of());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("broken").findValuesAsText("householdId")).as("the erased household's hash chain")
                .doesNotContain(h.id().toString());

        new AdminProjections(api).rebuildAll();
        new AdminProjections(api).awaitSettled();

        assertErasedEverywhere(h);
        assertThat(read(STATISTICS)).isEqualTo(statistics);
    }

    /**
     * A snapshot holds the household's members as JSON, their personal values sealed with its key: the
     * erasure deletes its snapshots with its key, and the household, loaded again from memory or from its
     * events, holds and snapshots none of them.
     */
    @Test
    void anErasureDeletesTheHouseholdsSnapshotsAndNoneHoldsItsPersonalData() {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api, threshold + 2);
        List<String> taken = jdbc.queryForList("SELECT event_identifier FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, h.id().toString());
        assertThat(taken).as("the test profile's threshold was reached").isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.snapshot_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%enc1:%")).as("its members' values sealed").isPositive();
        for (String value : List.of(h.headName(), h.spouseName(), h.nationalId())) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.snapshot_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                    Long.class, "%" + value + "%")).as("%s in a snapshot while the key exists", value).isZero();
        }
        assertThat(read("/api/households/" + h.id())).as("read while the key exists").contains(h.headName(), h.nationalId());

        LedgerApi.Response erased = api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu của chủ hộ"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.snapshot_event_entry WHERE event_identifier IN ("
                + String.join(",", taken.stream().map(id -> "?").toList()) + ")", Long.class, taken.toArray()))
                .as("the snapshots taken before the erasure").isZero();
        assertNoSnapshotHolds(h);
        // Loaded from the copy the erasure's command left in memory, then from its events without the key.
        assertThat(api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu lần hai")).status()).isEqualTo(200);
        householdCache.remove(h.id().toString());
        assertThat(api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu lần ba")).status()).isEqualTo(200);
        assertNoSnapshotHolds(h);
        assertErasedEverywhere(h);
    }

    /** No snapshot holds the household's personal values, and none of it is older than its erasure. */
    private void assertNoSnapshotHolds(ErasedHousehold h) {
        for (String value : h.personal()) {
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM event_store.snapshot_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                    Long.class, "%" + value + "%")).as("a snapshot holding %s", value).isZero();
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.snapshot_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number < (SELECT max(sequence_number)
                       FROM event_store.domain_event_entry WHERE aggregate_identifier = ?)""",
                Long.class, h.id().toString(), h.id().toString())).as("a snapshot of the household before its erasure").isZero();
    }

    @Test
    void anOpenCaseIsNotErasedAndNothingIsWritten() {
        UUID open = registerHousehold(HA_LAN);
        long events = eventCount();

        LedgerApi.Response refused = api.as("admin").post(erasure(open), Map.of("reason", "Nhầm hộ"));

        Problems.assertRuleViolation(refused, RuleCode.HOUSEHOLD_OPEN.name());
        assertThat(eventCount()).isEqualTo(events);
        assertThat(read("/api/households/" + open)).contains("Nguyễn Văn Hùng").doesNotContain(Personal.ERASED);
    }

    @Test
    void aWorkerCannotEraseAndAReasonIsRequired() {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        long events = eventCount();

        Problems.assertProblem(api.as("worker").post(erasure(h.id()), Map.of("reason", "Tôi muốn xoá")), 403);
        Problems.assertInvalid(api.as("admin").post(erasure(h.id()), Map.of("reason", " ")), "reason");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(read("/api/households/" + h.id())).contains(h.headName(), h.nationalId());
    }

    @Test
    void aSecondErasureRecordsNothing() {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        assertThat(api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu")).status()).isEqualTo(200);
        long events = eventCount();

        assertThat(api.as("admin").post(erasure(h.id()), Map.of("reason", "Yêu cầu lần hai")).status()).isEqualTo(200);

        assertThat(eventCount()).isEqualTo(events);
    }

    private void assertErasedEverywhere(ErasedHousehold h) {
        JsonNode view = json("/api/households/" + h.id());
        assertThat(view.findValues("fullName")).isNotEmpty().allMatch(name -> name.asText().equals(Personal.ERASED));
        assertThat(view.get("members").get(0).get("nationalId").asText()).isEqualTo(Personal.ERASED);
        assertThat(view.get("members").get(0).get("birthDate").isNull()).isTrue();
        assertThat(view.get("address").asText()).isEqualTo(Personal.ERASED);
        assertThat(view.get("closed").asBoolean()).isTrue();

        JsonNode history = json("/api/households/" + h.id() + "/history");
        assertThat(history.get("events")).extracting(e -> e.get("type").asText())
                .contains("HouseholdRegistered", "HouseholdAssessed", "HouseholdClosed", "HouseholdErased");

        assertThat(json("/api/households?q=" + h.nationalId()).get("total").asInt()).isZero();
        assertThat(json("/api/households?q=" + h.code()).get("items").get(0).get("headName").asText()).isEqualTo(Personal.ERASED);
        JsonNode listed = json("/api/poverty-list?commune=" + HA_LAN + "&on=" + ErasedHousehold.LISTED_ON + "&size=1000");
        assertThat(listed.get("items")).filteredOn(item -> item.get("householdId").asText().equals(h.id().toString()))
                .singleElement().satisfies(item -> assertThat(item.get("headName").asText()).isEqualTo(Personal.ERASED));

        for (String path : List.of("/api/households/" + h.id(), "/api/households/" + h.id() + "/history",
                "/api/households?q=" + h.code(), "/api/poverty-list?commune=" + HA_LAN + "&on=" + ErasedHousehold.LISTED_ON
                        + "&size=1000", "/api/audit/poverty-list?asOf=2030-01-01T00:00:00Z&commune=" + HA_LAN)) {
            assertThat(read(path)).as(path).doesNotContain(h.personal().toArray(String[]::new));
        }
        assertNotStored(h);
        // The read audit keeps, append-only, what each reader asked for, a search's text included: not a read model.
        for (String table : jdbc.queryForList("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                 WHERE table_schema IN ('query_side', 'command_side') AND table_type = 'BASE TABLE'
                   AND table_name <> 'read_audit'""", String.class)) {
            for (String value : h.personal()) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?",
                        Long.class, "%" + value + "%")).as("%s in %s", value, table).isZero();
            }
        }
    }

    /** The event store holds none of the household's personal values in clear, in any event. */
    private void assertNotStored(ErasedHousehold h) {
        for (String value : h.personal()) {
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM event_store.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?""",
                    Long.class, "%" + value + "%")).as(value).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, h.id().toString())).isPositive();
    }

    private static String erasure(UUID household) {
        return "/api/admin/households/" + household + "/erasure";
    }

    private JsonNode json(String path) {
        return response(path).json();
    }

    private String read(String path) {
        return response(path).body();
    }

    private LedgerApi.Response response(String path) {
        LedgerApi.Response response = api.as("auditor").consistent().get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response;
    }
}
