package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The review over HTTP: each test drives its reviews through the write side's requests ({@link ReviewSteps}),
 * in communes of its own, and checks what they answer, record and count, and what the read side answers.
 */
abstract class ReviewApiTest extends ApiTest {

    /** The village most tests place their households in. */
    protected static final String THON_DONG = "Thôn Đông";

    /** A rural commune of this test alone, with its worker and its chair. */
    protected ReviewSteps freshCommune() {
        return ReviewSteps.inAFreshCommune(api, port, jdbc);
    }

    /** Sends the request, checks its refusal with {@code problem} and that it wrote no event. */
    protected void refused(Supplier<LedgerApi.Response> request, Consumer<LedgerApi.Response> problem) {
        long before = eventCount();
        problem.accept(request.get());
        assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
    }

    /** Waits until the read models reflect every event stored before now. */
    protected void settle() {
        assertThat(api.as("committee").consistent().get("/api/reviews?size=1").status()).isEqualTo(200);
    }

    /** The value of the one Prometheus series matching {@code series} (a regular expression). */
    protected double metric(String series) {
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as("%s in the metrics", series).isTrue();
        return Double.parseDouble(matcher.group(1));
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
