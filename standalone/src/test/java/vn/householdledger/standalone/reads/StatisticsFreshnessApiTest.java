package vn.householdledger.standalone.reads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/** The commune statistics keep their answers between reads, and every new review is counted in the next one. */
class StatisticsFreshnessApiTest extends ApiTest {

    @Test
    void everyNewReviewChangesTheNextAnswer() {
        long before = poorAtEnd();
        assertThat(poorAtEnd()).isEqualTo(before);

        LedgerApi.Response registered = api.as("other").post("/api/households", household(QUANG_TRUNG, uniqueCode("FR")));
        assertThat(registered.status()).isEqualTo(201);
        UUID household = UUID.fromString(registered.json().get("householdId").asText());
        assess(household, "2018-11-20", 100_000);
        assertThat(poorAtEnd()).isEqualTo(before + 1);

        assess(household, "2018-12-10", 5_000_000);
        assertThat(poorAtEnd()).isEqualTo(before);
    }

    private long poorAtEnd() {
        JsonNode answer = api.as("committee").consistent().get("/api/statistics/communes?year=2018").json();
        for (JsonNode row : answer.get("rows")) {
            if (row.get("communeCode").asText().equals(QUANG_TRUNG)) {
                return row.get("poorAtEnd").asLong();
            }
        }
        throw new AssertionError("No row for " + QUANG_TRUNG + ": " + answer);
    }

    private void assess(UUID household, String on, long income) {
        LedgerApi.Response assessed = api.as("other").post("/api/households/" + household + "/assessments",
                Bodies.assessment(2018, on, income, List.of(), List.of(), true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    }
}
