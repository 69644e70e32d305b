package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * Only code in the process gives a fact its provenance (the demo's loader, for the review it makes
 * up): an assessment sent through the API is stored and read as a review held, whatever its body and
 * headers claim, with an Idempotency-Key or without.
 */
class ProvenanceApiTest extends ApiTest {

    /** An assessment body that also claims, in every way a client might try, to be simulated. */
    private static Map<String, Object> claimingToBeSimulated(int year) {
        Map<String, Object> body = Bodies.assessment(year, year + "-11-15", 600_000, List.of(), List.of("LACK_CAPITAL"), true);
        body.put("simulated", true);
        body.put(Provenance.KEY, Provenance.SIMULATED);
        body.put("metaData", Map.of(Provenance.KEY, Provenance.SIMULATED));
        return body;
    }

    private LedgerApi.Request claimingWorker() {
        return api.as("worker").header(Provenance.KEY, Provenance.SIMULATED).header("simulated", "true");
    }

    @Test
    void noRequestMarksAnAssessmentSimulated() {
        UUID household = registerHousehold(HA_LAN);
        String assessments = "/api/households/" + household + "/assessments";

        LedgerApi.Response plain = claimingWorker().post(assessments, claimingToBeSimulated(2017));
        LedgerApi.Response keyed = claimingWorker().idempotencyKey(UUID.randomUUID().toString())
                .post(assessments, claimingToBeSimulated(2018));

        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(keyed.status()).as(keyed.toString()).isEqualTo(201);
        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT payload_type, convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' AS recorded_by,
                       convert_from(meta_data, 'UTF8')::jsonb ->> ? AS provenance
                  FROM event_store.domain_event_entry WHERE aggregate_identifier = ?""", Provenance.KEY, household.toString());
        assertThat(events).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(event -> {
                    assertThat(event.get("recorded_by")).isEqualTo("worker");
                    assertThat(event.get("provenance")).as("provenance of %s", event.get("payload_type")).isNull();
                });
        assertThat(api.as("worker").consistent().get("/api/households/" + household).json()
                .get("lastAssessment").get("simulated").asBoolean()).isFalse();
        assertThat(jdbc.queryForList("SELECT simulated FROM query_side.review_assessment WHERE household_id = ?",
                Boolean.class, household)).containsExactly(false, false);
    }
}
