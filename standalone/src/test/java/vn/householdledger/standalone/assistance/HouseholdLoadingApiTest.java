package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * A household is loaded from memory, or from its last snapshot and the events after it, and decides
 * every command exactly as when it is replayed from its events: its refusals, its answers and the events
 * it records. A copy another writer made stale is reloaded, never trusted.
 */
class HouseholdLoadingApiTest extends AssistanceApiTest {

    private static final long PRINCIPAL = 100_000_000;
    private static final long INSTALMENT = 1_000;

    @Autowired
    @Qualifier("householdCache")
    private Cache householdCache;
    @Value("${ledger.commands.snapshot-threshold}")
    private int threshold;

    @Test
    void aHouseholdLoadedFromItsSnapshotRefusesAndAnswersAsItsEventsDo() {
        Map<String, Object> registration = household(HA_LAN, uniqueCode("SNAP"));
        UUID household = UUID.fromString(worker().post("/api/households", registration).json().get("householdId").asText());
        String loanId = disburse(household, PRINCIPAL);
        UUID head = memberOf(household, "HEAD");
        assertThat(worker().post(cards(household), card(head, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).status())
                .isEqualTo(201);
        assertThat(worker().post(assessments(household), Bodies.assessment(2017, "2017-12-01", 500_000, List.of(),
                List.of("LACK_CAPITAL"), true)).status()).isEqualTo(201);
        int thisYear = LocalDate.now(BusinessCalendar.VIETNAM).getYear();
        assertThat(worker().post(pledges(household), Map.of("year", thisYear)).status()).isEqualTo(201);
        long repaid = 0;
        while (eventsOf(household) <= threshold + 3) {
            assertThat(repay(household, loanId, INSTALMENT).status()).isEqualTo(201);
            repaid += INSTALMENT;
        }

        Map<String, Object> snapshot = jdbc.queryForMap("""
                SELECT type, payload_type, payload_revision, sequence_number FROM event_store.snapshot_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""", household.toString());
        assertThat(snapshot).containsEntry("type", "Household").containsEntry("payload_revision", "2")
                .containsEntry("payload_type", "vn.householdledger.command.household.Household");
        assertThat((Long) snapshot.get("sequence_number")).as("taken once the threshold was reached").isGreaterThanOrEqualTo(threshold - 1L);
        long outstanding = PRINCIPAL - repaid;

        forget(household);
        long before = eventCount();
        assertRefused(repay(household, loanId, outstanding + 1), 409, "REPAYMENT_EXCEEDS_OUTSTANDING", before);
        assertRefused(worker().post(assessments(household), Bodies.assessment(2017, "2017-11-01", 500_000, List.of(),
                List.of("LACK_CAPITAL"), true)), 409, "ASSESSMENT_OUT_OF_ORDER", before);
        assertRefused(worker().post(cards(household), card(head, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 5, 31))),
                409, "INSURANCE_OVERLAP", before);
        assertRefused(worker().post(pledges(household), Map.of("year", thisYear)), 409, "ALREADY_PLEDGED", before);
        @SuppressWarnings("unchecked")
        Map<String, Object> spouse = ((List<Map<String, Object>>) registration.get("members")).get(1);
        Map<String, Object> joining = member("Lê Văn Tư", "MALE", "1990-01-01", "CHILD", (String) spouse.get("nationalId"));
        joining.put("joinedOn", "2018-05-01");
        assertRefused(worker().post("/api/households/" + household + "/members", joining), 409, "DUPLICATE_NATIONAL_ID", before);

        forget(household);
        LedgerApi.Response repayment = repay(household, loanId, INSTALMENT);
        assertThat(repayment.status()).isEqualTo(201);
        assertThat(repayment.json().get("outstanding").asLong()).isEqualTo(outstanding - INSTALMENT);
        forget(household);
        LedgerApi.Response escape = worker().post(assessments(household), Bodies.assessment(2018, "2018-12-01", 2_000_000,
                List.of(), List.of(), true));
        assertThat(escape.status()).as(escape.toString()).isEqualTo(201);
        assertThat(escape.json().get("classification").asText()).isEqualTo("NOT_POOR");
        List<String> types = eventTypes(household);
        assertThat(types).as("the history: every event, none hidden behind the snapshot").hasSize((int) eventsOf(household))
                .startsWith("HouseholdRegistered", "LoanDisbursed");
        assertThat(types.subList(types.size() - 2, types.size())).containsExactly("HouseholdAssessed", "HouseholdEscapedPoverty");
        assertThat(view(household).get("loans").get(0).get("outstanding").asLong()).isEqualTo(outstanding - INSTALMENT);
        assertThat(brokenLinksOf(household)).as("its hash chain, appended after a snapshot").isEmpty();
    }

    @Test
    void aSnapshotOfAnotherShapeOfTheAggregateIsIgnored() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, PRINCIPAL);
        long last = eventsOf(household) - 1;
        jdbc.update("""
                INSERT INTO event_store.snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                       time_stamp, payload_type, payload_revision, payload)
                VALUES (?, ?, 'Household', ?, ?, 'vn.householdledger.command.household.Household', '0', ?)""",
                household.toString(), last, UUID.randomUUID().toString(), Instant.now().toString(), "{}".getBytes());
        forget(household);

        LedgerApi.Response repayment = repay(household, loanId, INSTALMENT);

        assertThat(repayment.status()).as(repayment.toString()).isEqualTo(201);
        assertThat(repayment.json().get("outstanding").asLong()).isEqualTo(PRINCIPAL - INSTALMENT);
    }

    /**
     * Another writer (a second node) stores a repayment behind this node's copy: the next command, decided
     * on the stale copy, loses on the event store's key, is evicted, and is decided again on what is stored.
     */
    @Test
    void aCopyMadeStaleByAnotherWriterIsReloadedAndDecidesOnWhatIsStored() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        assertThat(repay(household, loanId, 4_000_000).status()).isEqualTo(201);
        jdbc.update("""
                INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                       time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT ?, aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type, payload_revision,
                       convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, '{repaymentId}', to_jsonb(?::text))::text, 'UTF8'),
                       meta_data
                  FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), household.toString());
        long before = eventCount();

        assertRefused(repay(household, loanId, 6_000_000), 409, "REPAYMENT_EXCEEDS_OUTSTANDING", before);
        LedgerApi.Response rest = repay(household, loanId, 2_000_000);
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.json().get("outstanding").asLong()).isZero();
    }

    /** Drops this node's copy of the household, so that its next command loads it from the store. */
    private void forget(UUID household) {
        householdCache.remove(household.toString());
    }

    private long eventsOf(UUID household) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, household.toString());
    }

    private List<JsonNode> brokenLinksOf(UUID household) {
        LedgerApi.Response verification = api.as("admin").post("/api/admin/verify", Map.of());
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        return verification.json().get("broken").findParents("householdId").stream()
                .filter(b -> b.get("householdId").asText().equals(household.toString())).toList();
    }

    private static String cards(UUID household) {
        return "/api/households/" + household + "/health-insurance";
    }

    private static String assessments(UUID household) {
        return "/api/households/" + household + "/assessments";
    }

    private static String pledges(UUID household) {
        return "/api/households/" + household + "/escape-pledges";
    }
}
