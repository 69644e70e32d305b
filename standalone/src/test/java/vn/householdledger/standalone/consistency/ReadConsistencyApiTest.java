package vn.householdledger.standalone.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.query.household.HouseholdViewProjection;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Reads are eventually consistent; {@code X-Consistency: wait} makes a read right after a write see
 * it, and {@code X-Event-Position: N} makes a read wait until the read models reach position N.
 */
class ReadConsistencyApiTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aReadThatWaitsSeesTheWriteJustBeforeIt() {
        for (int i = 0; i < 5; i++) {
            String code = uniqueCode("HL");
            String id = api.as("worker").post("/api/households", household(HA_LAN, code)).json().get("householdId").asText();
            api.as("worker").post("/api/households/" + id + "/members", member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null));

            LedgerApi.Response read = api.as("worker").consistent().get("/api/households/" + id);

            assertThat(read.status()).as("%s", read).isEqualTo(200);
            assertThat(read.json().get("code").asText()).isEqualTo(code);
            assertThat(read.json().get("members")).hasSize(3);
        }
    }

    @Test
    void aReadAtAPositionWaitsUntilTheReadModelsReachIt() throws Exception {
        EventProcessor view = processing.eventProcessor(HouseholdViewProjection.NAME)
                .orElseThrow(() -> new AssertionError("No processor " + HouseholdViewProjection.NAME));
        view.shutDown();
        try {
            LedgerApi.Response written = api.as("worker").post("/api/households", household(BAC_SON, uniqueCode("BS")));
            String id = written.json().get("householdId").asText();
            CompletableFuture<LedgerApi.Response> read = CompletableFuture.supplyAsync(() -> api.as("worker")
                    .header("X-Event-Position", String.valueOf(written.position())).get("/api/households/" + id));

            Thread.sleep(500);
            assertThat(read).as("a read waiting for a stopped projection").isNotDone();
            view.start();

            LedgerApi.Response answered = read.get();
            assertThat(answered.status()).as("%s", answered).isEqualTo(200);
            assertThat(answered.json().get("householdId").asText()).isEqualTo(id);
        } finally {
            view.start();
        }
    }

    @Test
    void aPositionThatIsNotANumberIsRefused() {
        assertInvalid(api.as("worker").header("X-Event-Position", "latest").get("/api/households/" + UUID.randomUUID()),
                "X-Event-Position");
    }

    @Test
    void everyWriteAnswersItsPosition() {
        LedgerApi.Response commune = api.as("admin").put("/api/communes/HA_LAN/years/2019",
                Map.of("households", 2100, "poorTargetEndOfYear", 35));
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL")));

        assertThat(commune.position()).isPositive();
        assertThat(registered.position()).isGreaterThan(commune.position());
        assertThat(registered.position()).isLessThanOrEqualTo(
                jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class));
    }
}
