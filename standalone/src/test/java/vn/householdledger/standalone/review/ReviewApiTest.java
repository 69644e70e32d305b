package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The read side of the review over HTTP: each test drives its reviews through the write side's requests
 * ({@link ReviewSteps}), in communes of its own, and reads what the read side answers.
 */
abstract class ReviewApiTest extends ApiTest {

    /** A rural commune of this test alone, with its worker and its chair. */
    protected ReviewSteps freshCommune() {
        return ReviewSteps.inAFreshCommune(api, port, jdbc);
    }

    /** {@code GET /api/reviews/{id}} as {@code reader}, once every event before it is read. */
    protected static JsonNode view(LedgerApi.Request reader, UUID review) {
        LedgerApi.Response response = reader.consistent().get("/api/reviews/" + review);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** A household of a review's view, by id. */
    protected static JsonNode householdOf(JsonNode view, UUID household) {
        return StreamSupport.stream(view.get("households").spliterator(), false)
                .filter(h -> h.get("householdId").asText().equals(household.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("No household " + household + " in " + view));
    }

    /** The review ids of a list answer. */
    protected static List<String> reviewIds(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("reviewId").asText()).toList();
    }

    protected static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
