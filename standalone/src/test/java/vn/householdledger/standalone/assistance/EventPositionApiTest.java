package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code X-Event-Position} names the global position of the last event a write recorded, as the event
 * store numbered it; a write that recorded nothing names the household's newest event.
 */
class EventPositionApiTest extends AssistanceApiTest {

    @Test
    void aWriteNamesThePositionOfItsOnlyEvent() {
        LedgerApi.Response created = worker().post("/api/households", household(HA_LAN, uniqueCode("POS")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.position()).isEqualTo(newestOf(UUID.fromString(created.json().get("householdId").asText())));
    }

    @Test
    void aWriteOfTwoEventsNamesTheLastOnesPositionWithOrWithoutAKey() {
        UUID household = registerHousehold(HA_LAN);
        String first = disburse(household, 2_000_000);
        String second = disburse(household, 2_000_000);

        LedgerApi.Response settled = repay(household, first, 2_000_000);
        assertThat(settled.position()).isEqualTo(newestOf(household)).isEqualTo(positionOf(household, "LoanSettled"));

        LedgerApi.Response keyed = worker().idempotencyKey(UUID.randomUUID().toString())
                .post(repayments(household, second), repayment(2_000_000, DISBURSED_ON.plusMonths(3)));
        assertThat(keyed.status()).isEqualTo(201);
        assertThat(keyed.position()).isEqualTo(newestOf(household));
    }

    @Test
    void aWriteThatRecordsNothingNamesTheHouseholdsNewestEvent() {
        UUID household = registerHousehold(HA_LAN);
        String attributes = "/api/households/" + household + "/members/" + memberOf(household, "HEAD") + "/attributes";
        Map<String, String> kinh = Map.of("ethnicity", "01", "disability", "NO", "meritoriousService", "NO");
        LedgerApi.Response corrected = worker().post(attributes, kinh);
        disburse(household, 2_000_000);

        LedgerApi.Response unchanged = worker().post(attributes, kinh);

        assertThat(corrected.position()).isEqualTo(positionOf(household, "MemberAttributesCorrected"));
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.position()).isEqualTo(newestOf(household)).isEqualTo(positionOf(household, "LoanDisbursed"));
    }

    private long newestOf(UUID household) {
        return jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, household.toString());
    }

    private long positionOf(UUID household, String eventType) {
        return jdbc.queryForObject("""
                SELECT max(global_index) FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE ?""", Long.class, household.toString(), "%." + eventType);
    }
}
