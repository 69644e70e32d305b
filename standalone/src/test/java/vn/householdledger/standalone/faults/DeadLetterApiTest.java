package vn.householdledger.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.testing.LedgerApi;

/** A projection that fails on one event parks it, goes on with the rest, shows it, and handles it again on an admin's retry. */
class DeadLetterApiTest extends FaultsApiTest {

    private static final String RETRY = "/api/admin/projections/" + FailingProjection.NAME + "/dead-letters/retry";

    @Autowired
    private FailingProjection failing;

    @Test
    void anEventAProjectionFailsOnIsParkedWhileLaterEventsGoOnAndARetryHandlesIt() throws InterruptedException {
        String poisoned = communeCode("POISON");
        String later = communeCode("LATER");
        failing.failOn(poisoned);

        ensureCommune(poisoned, "Xã " + poisoned, "COMMUNE", "RURAL");
        ensureCommune(later, "Xã " + later, "WARD", "URBAN");

        assertThat(communeListed(poisoned)).as("the other read models have it").isTrue();
        assertThat(communeListed(later)).isTrue();
        assertThat(failing.saw(later)).as("the failing projection went on").isTrue();
        assertThat(failing.saw(poisoned)).isFalse();
        JsonNode parked = projections().named(FailingProjection.NAME);
        assertThat(parked.get("deadLetters").asLong()).as(parked.toString()).isEqualTo(1);
        assertThat(parked.get("state").asText()).isEqualTo("LIVE");
        assertThat(parked.get("complete").asBoolean()).as("a parked event counts as handled").isTrue();

        failing.stopFailing();
        LedgerApi.Response retried = api.as("admin").post(RETRY, Map.of());

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("retried").asLong()).isEqualTo(1);
        assertThat(retried.json().get("remaining").asLong()).isZero();
        assertThat(failing.saw(poisoned)).isTrue();
        List<JsonNode> settled = projections().awaitSettled();
        assertThat(settled).allSatisfy(p -> assertThat(p.get("deadLetters").asLong()).as(p.toString()).isZero());
    }

    @Test
    void aRetryStillFailingStaysParked() {
        String poisoned = communeCode("POISON");
        failing.failOn(poisoned);
        ensureCommune(poisoned, "Xã " + poisoned, "COMMUNE", "RURAL");
        assertThat(communeListed(poisoned)).isTrue();

        LedgerApi.Response retried = api.as("admin").post(RETRY, Map.of());

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("retried").asLong()).isZero();
        assertThat(retried.json().get("remaining").asLong()).isEqualTo(1);
        assertThat(projections().named(FailingProjection.NAME).get("deadLetters").asLong()).isEqualTo(1);

        failing.stopFailing();
        assertThat(api.as("admin").post(RETRY, Map.of()).json().get("remaining").asLong()).isZero();
        assertThat(failing.saw(poisoned)).isTrue();
    }

    @Test
    void onlyAdminsRetryAndAnUnknownProjectionIsNotFound() {
        for (String account : List.of("worker", "auditor", "committee")) {
            assertThat(api.as(account).post(RETRY, Map.of()).status()).as(account).isEqualTo(403);
        }
        LedgerApi.Response unknown = api.as("admin").post("/api/admin/projections/nonsense/dead-letters/retry", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }
}
