package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The read side of the review over HTTP: reviews are recorded through {@link RecordedReview} (the write
 * side's events, stored as it stores them), households are registered and read through the API.
 */
abstract class ReviewApiTest extends ApiTest {

    @Autowired
    private EventStore events;
    @Autowired
    private CommandGateway commands;

    /** The reviews this test opened: each is closed after it, as the next test of its commune needs. */
    private final List<RecordedReview> opened = new ArrayList<>();

    /** Opens a review of a commune of {@link #HA_LAN}'s or {@link #BAC_SON}'s kind, or of Quang Trung (rural). */
    protected RecordedReview openReview(String commune, int year, ReviewKind kind, String openedOn) {
        Area area = commune.equals(BAC_SON) ? Area.URBAN : Area.RURAL;
        RecordedReview review = RecordedReview.open(events, commands, commune, area, year, kind, LocalDate.parse(openedOn));
        opened.add(review);
        return review;
    }

    @AfterEach
    void closeTheReviewsLeftOpen() {
        opened.forEach(RecordedReview::closeIfUndecided);
    }

    /** Registers a household of {@code commune} living in {@code village}, headed by {@code head}, as the commune's worker. */
    protected UUID household(String commune, String code, String village, String head, String... others) {
        Map<String, Object> body = household(commune, code);
        body.put("village", village);
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member(head, "FEMALE", "1975-02-03", "HEAD", uniqueNationalId()));
        for (String other : others) {
            members.add(member(other, "MALE", "2005-06-07", "CHILD", null));
        }
        body.put("members", members);
        String account = commune.equals(QUANG_TRUNG) ? "other" : "worker";
        LedgerApi.Response registered = api.as(account).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("householdId").asText());
    }

    /** {@code GET /api/reviews/{id}} as {@code account}, once every event before it is read. */
    protected JsonNode view(String account, UUID review) {
        LedgerApi.Response response = api.as(account).consistent().get("/api/reviews/" + review);
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
