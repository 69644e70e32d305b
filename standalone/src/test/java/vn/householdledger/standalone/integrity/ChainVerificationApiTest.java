package vn.householdledger.standalone.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.admin.BrokenEvent;
import vn.householdledger.api.admin.ChainProblem;
import vn.householdledger.api.admin.StoreVerification;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The hash chain of each household's events, tampered with in PostgreSQL as someone with the database's
 * password could: {@code POST /api/admin/verify} names the household and sequence of what was changed.
 * Each test puts the store back as it was. Other tests store old shapes of events by hand, so a test
 * looks only at its own households.
 */
class ChainVerificationApiTest extends ApiTest {

    @Test
    void anUntouchedHouseholdVerifiesCleanAndEveryEventCarriesItsHash() {
        UUID household = householdWithThreeEvents();

        StoreVerification verification = verify();

        assertThat(brokenOf(verification, household)).isEmpty();
        assertThat(verification.households()).isPositive();
        assertThat(verification.events()).isGreaterThanOrEqualTo(verification.households() + 2);
        assertThat(jdbc.queryForList("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'hash' FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, household.toString()))
                .hasSize(3).allMatch(hash -> hash != null && hash.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT sequence_number FROM command_side.household_anchor WHERE household_id = ?",
                Long.class, household.toString())).as("the day's anchor of its head").isEqualTo(2L);
        assertThat(jdbc.queryForObject("SELECT root FROM command_side.commune_anchor WHERE commune_code = ?"
                + " AND anchored_on = (SELECT max(anchored_on) FROM command_side.commune_anchor)", String.class, HA_LAN))
                .as("the commune's root of the day").matches("[0-9a-f]{64}");
    }

    @Test
    void theVerificationIsScheduledNightlyAtOneInVietnam() {
        Timestamp next = jdbc.queryForObject("SELECT execution_time FROM command_side.scheduled_tasks WHERE task_name = ?",
                Timestamp.class, "event-store-verification");
        assertThat(next.toInstant().atZone(BusinessCalendar.VIETNAM).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
    }

    @Test
    void anEditedPayloadIsNamedAltered() {
        UUID household = householdWithThreeEvents();
        byte[] payload = payload(household, 1);
        try {
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " '2017-02-01', '2017-02-02'), 'UTF8') WHERE aggregate_identifier = ? AND sequence_number = 1",
                    household.toString());
            assertThat(payload(household, 1)).isNotEqualTo(payload);

            assertThat(brokenOf(verify(), household)).containsExactly(new BrokenEvent(household.toString(), 1, ChainProblem.ALTERED));
            assertThat(brokenEventsGauge()).as("the gauge whoever is on call watches").isGreaterThanOrEqualTo(1);
        } finally {
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 1",
                    payload, household.toString());
        }
        assertThat(brokenOf(verify(), household)).isEmpty();
    }

    @Test
    void aDeletedEventIsNamedMissingInTheMiddleAndAtTheEndOfTheChain() {
        UUID household = householdWithThreeEvents();
        assertThat(brokenOf(verify(), household)).as("anchored clean first").isEmpty();
        Map<String, Object> middle = row(household, 1);
        Map<String, Object> last = row(household, 2);
        try {
            delete(household, 1);
            assertThat(brokenOf(verify(), household)).containsExactly(new BrokenEvent(household.toString(), 1, ChainProblem.MISSING));
            delete(household, 2);
            assertThat(brokenOf(verify(), household)).as("the last event: only the anchor knew it")
                    .containsExactly(new BrokenEvent(household.toString(), 1, ChainProblem.MISSING));
            reinsert(middle);
            assertThat(brokenOf(verify(), household)).containsExactly(new BrokenEvent(household.toString(), 2, ChainProblem.MISSING));
        } finally {
            reinsertIfGone(middle);
            reinsertIfGone(last);
        }
        assertThat(brokenOf(verify(), household)).isEmpty();
    }

    /**
     * Two events whose rows swap places (their sequence numbers exchanged): the first of the pair is
     * {@code ALTERED} (its hash covers its own sequence number) and the second {@code REORDERED} (it was
     * stored before the event that now comes before it). Swapping only their payloads leaves each row's
     * metadata in place, so both are {@code ALTERED}.
     */
    @Test
    void aSwappedPairIsNamedReorderedOrAltered() {
        UUID household = householdWithThreeEvents();
        try {
            renumber(household, 1, -1);
            renumber(household, 2, 1);
            renumber(household, -1, 2);
            assertThat(brokenOf(verify(), household)).containsExactly(
                    new BrokenEvent(household.toString(), 1, ChainProblem.ALTERED),
                    new BrokenEvent(household.toString(), 2, ChainProblem.REORDERED));
        } finally {
            renumber(household, 2, -1);
            renumber(household, 1, 2);
            renumber(household, -1, 1);
        }
        byte[] first = payload(household, 1);
        byte[] second = payload(household, 2);
        try {
            setPayload(household, 1, second);
            setPayload(household, 2, first);
            assertThat(brokenOf(verify(), household)).containsExactly(
                    new BrokenEvent(household.toString(), 1, ChainProblem.ALTERED),
                    new BrokenEvent(household.toString(), 2, ChainProblem.ALTERED));
        } finally {
            setPayload(household, 1, first);
            setPayload(household, 2, second);
        }
        assertThat(brokenOf(verify(), household)).isEmpty();
    }

    @Test
    void onlyAnAdminVerifiesAndTheAnchorsCannotBeChanged() {
        assertThat(api.as("auditor").post("/api/admin/verify", Map.of()).status()).isEqualTo(403);
        assertThat(api.as("worker").post("/api/admin/verify", Map.of()).status()).isEqualTo(403);
        verify();
        assertThatThrownBy(() -> jdbc.update("DELETE FROM command_side.household_anchor")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE command_side.commune_anchor SET root = ''"))
                .hasMessageContaining("append-only");
    }

    private StoreVerification verify() {
        LedgerApi.Response response = api.as("admin").post("/api/admin/verify", Map.of());
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        try {
            return LedgerApi.JSON.treeToValue(response.json(), StoreVerification.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private double brokenEventsGauge() {
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        assertThat(metrics).contains("# HELP ledger_store_broken_events ");
        return metrics.lines().filter(line -> line.startsWith("ledger_store_broken_events"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }

    private static List<BrokenEvent> brokenOf(StoreVerification verification, UUID household) {
        return verification.broken().stream().filter(b -> b.householdId().equals(household.toString())).toList();
    }

    /** Registered (0), a child joined (1), the spouse left (2). */
    private UUID householdWithThreeEvents() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HC")));
        assertThat(registered.status()).isEqualTo(201);
        UUID household = UUID.fromString(registered.json().get("householdId").asText());
        String spouse = registered.json().get("memberIds").get(1).asText();
        Map<String, Object> child = member("Nguyễn Thị Lan", "FEMALE", "2010-06-01", "CHILD", null);
        child.put("joinedOn", "2017-02-01");
        assertThat(api.as("worker").post("/api/households/" + household + "/members", child).status()).isEqualTo(201);
        assertThat(api.as("worker").post("/api/households/" + household + "/members/" + spouse + "/departure",
                Map.of("reason", "MOVED_OUT", "date", "2018-01-15")).status()).isEqualTo(200);
        return household;
    }

    private byte[] payload(UUID household, long sequence) {
        return jdbc.queryForObject("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", byte[].class, household.toString(), sequence);
    }

    private void setPayload(UUID household, long sequence, byte[] payload) {
        jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                payload, household.toString(), sequence);
    }

    private void renumber(UUID household, long from, long to) {
        jdbc.update("UPDATE event_store.domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", to, household.toString(), from);
    }

    private Map<String, Object> row(UUID household, long sequence) {
        return jdbc.queryForMap("SELECT * FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                household.toString(), sequence);
    }

    private void delete(UUID household, long sequence) {
        jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                household.toString(), sequence);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                       type, time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"), row.get("sequence_number"),
                row.get("type"), row.get("time_stamp"), row.get("payload_type"), row.get("payload_revision"), row.get("payload"),
                row.get("meta_data"));
    }

    private void reinsertIfGone(Map<String, Object> row) {
        if (jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE event_identifier = ?", Long.class,
                row.get("event_identifier")) == 0) {
            reinsert(row);
        }
    }
}
