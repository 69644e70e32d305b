package vn.householdledger.standalone.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * A read asking for a position the read models never reach gives up after {@code ledger.read.max-wait}
 * with 503 and {@code Retry-After}. Its own context, for a wait short enough for a test. How long it waits is
 * not asserted: on a shared machine a timing fails for the wrong reason (the bench measures time).
 */
@TestPropertySource(properties = "ledger.read.max-wait=300ms")
class ReadTimeoutApiTest extends ApiTest {

    @Test
    void aPositionNeverReachedAnswers503WithRetryAfter() {
        String id = registerHousehold(HA_LAN).toString();
        long beyond = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class) + 1_000;

        LedgerApi.Response response = api.as("worker").header("X-Event-Position", String.valueOf(beyond))
                .get("/api/households/" + id);

        assertProblem(response, 503);
        assertThat(response.json().get("type").asText()).endsWith("/not-yet-consistent");
        assertThat(response.header("Retry-After")).matches("\\d+");
    }
}
