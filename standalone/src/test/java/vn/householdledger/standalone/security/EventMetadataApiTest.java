package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Every event records who caused it ({@code recordedBy}), the request that carried it
 * ({@code idempotencyKey}, or a generated {@code requestId}) and the client's address, as metadata
 * in the event store.
 */
class EventMetadataApiTest extends ApiTest {

    /** Every event type the API records now; a new one joins this list and {@link #oneOfEachEventType}. */
    private static final List<String> EVENT_TYPES = List.of("CommuneRegistered", "CommuneYearPlanned", "HouseholdRegistered",
            "MemberJoined", "MemberDeparted");

    record StoredEvent(String aggregate, String type, JsonNode metadata) {
    }

    @Test
    void everyEventTypeCarriesWhoRecordedItThroughWhichRequestAndFromWhere() {
        Recorded recorded = oneOfEachEventType();

        List<StoredEvent> events = eventsOf(recorded.aggregates());
        for (StoredEvent event : events) {
            JsonNode metadata = event.metadata();
            assertThat(metadata.path("recordedBy").asText()).as("recordedBy of %s", event)
                    .isEqualTo(event.type().startsWith("Commune") ? "admin" : "worker");
            String key = recorded.keys().get(event.type());
            if (key == null) {
                assertThat(UUID.fromString(metadata.path("requestId").asText())).as("requestId of %s", event).isNotNull();
            } else {
                assertThat(metadata.path("idempotencyKey").asText()).as("idempotencyKey of %s", event).isEqualTo(key);
            }
            assertThat(metadata.path("clientAddress").asText()).as("clientAddress of %s", event).isNotBlank();
            assertThat(metadata.has("requestHash")).as("the request hash stays on the command").isFalse();
        }
        assertThat(events.stream().map(StoredEvent::type).distinct()).containsExactlyInAnyOrderElementsOf(EVENT_TYPES);
    }

    @Test
    void theHistoryShowsWhoRecordedEachEvent() {
        UUID household = registerHousehold(HA_LAN);
        api.as("worker").post("/api/households/" + household + "/members", member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null));

        JsonNode events = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");

        assertThat(events.findValuesAsText("recordedBy")).containsExactly("worker", "worker");
    }

    @Test
    void noStoredEventLacksItsAuthorOrItsRequest() {
        oneOfEachEventType();

        List<String> unattributed = jdbc.queryForList("""
                SELECT payload_type || ' #' || global_index FROM event_store.domain_event_entry
                 WHERE NOT (convert_from(meta_data, 'UTF8')::jsonb ? 'recordedBy')
                    OR NOT (convert_from(meta_data, 'UTF8')::jsonb ?| array['idempotencyKey', 'requestId'])""", String.class);

        assertThat(unattributed).isEmpty();
    }

    /** The aggregates written, and the Idempotency-Key sent for each event type (none: a request id is made). */
    record Recorded(List<String> aggregates, Map<String, String> keys) {
    }

    /** Records one event of each type, some with an Idempotency-Key and some without. */
    private Recorded oneOfEachEventType() {
        String commune = uniqueCommuneCode();
        String communeKey = UUID.randomUUID().toString();
        api.as("admin").idempotencyKey(communeKey).post("/api/communes",
                Map.of("code", commune, "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"));
        api.as("admin").put("/api/communes/" + commune + "/years/2018", Map.of("households", 100, "poorTargetEndOfYear", 5));

        String householdKey = UUID.randomUUID().toString();
        LedgerApi.Response registered = api.as("worker").idempotencyKey(householdKey).post("/api/households",
                household(HA_LAN, uniqueCode("HL")));
        String household = registered.json().get("householdId").asText();
        api.as("worker").post("/api/households/" + household + "/members", member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null));
        String departureKey = UUID.randomUUID().toString();
        api.as("worker").idempotencyKey(departureKey).post("/api/households/" + household + "/members/"
                + registered.json().get("memberIds").get(1).asText() + "/departure", Map.of("reason", "MOVED_OUT", "date", "2018-04-01"));
        return new Recorded(List.of(commune, household), Map.of("CommuneRegistered", communeKey,
                "HouseholdRegistered", householdKey, "MemberDeparted", departureKey));
    }

    private List<StoredEvent> eventsOf(List<String> aggregates) {
        return jdbc.query("""
                        SELECT aggregate_identifier, payload_type, convert_from(meta_data, 'UTF8')
                          FROM event_store.domain_event_entry WHERE aggregate_identifier = ANY (?) ORDER BY global_index""",
                (rs, i) -> new StoredEvent(rs.getString(1), rs.getString(2).substring(rs.getString(2).lastIndexOf('.') + 1),
                        read(rs.getString(3))),
                (Object) aggregates.toArray(String[]::new));
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Metadata is not JSON: " + json, e);
        }
    }
}
