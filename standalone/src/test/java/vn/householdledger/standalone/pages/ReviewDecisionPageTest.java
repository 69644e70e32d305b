package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.SurveyRequest;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.standalone.Tokens;
import vn.householdledger.testing.LedgerApi;

/**
 * The chair's decision form over HTTP, as a browser sends it: a decision dated before the posting ends is
 * refused by the API with {@code POSTING_NOT_OVER}, which the page shows beside the decision's date, in the
 * reader's language, and nothing is written. The review is Phú Lộc's (a commune no other test reviews),
 * recorded through the API by a worker of it; the chair {@code chu-tich-phuloc} signs in on the pages.
 */
class ReviewDecisionPageTest extends ApiTest {

    private static final String PHU_LOC = "PHU_LOC";
    private static final String VILLAGE = "Thôn 1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Test
    void aDecisionBeforeThePostingEndsIsRefusedBesideItsDateAndWritesNothing() {
        UUID review = postedReview();
        SignInFlow chair = new SignInFlow(port);
        HttpResponse<String> page = chair.open("/reviews/" + review, "chu-tich-phuloc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/reviews/" + review + "/decision\"");
        long before = eventCount();

        HttpResponse<String> refused = decide(chair, page.body(), review, "03/07/2025", "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(fieldOf(refused.body(), "decidedOn")).contains("class=\"field invalid\"").contains("aria-invalid=\"true\"")
                .contains("id=\"decidedOn-error\">Chưa hết thời gian niêm yết: chỉ quyết định từ ngày hết niêm yết trở đi.</p>");
        assertThat(fieldOf(refused.body(), "decisionNumber")).doesNotContain("invalid");

        HttpResponse<String> inEnglish = decide(chair, refused.body(), review, "03/07/2025", "&lang=en");
        assertThat(fieldOf(inEnglish.body(), "decidedOn"))
                .contains("id=\"decidedOn-error\">The posting is not over: the decision comes on or after the day it ends.</p>");
        assertThat(eventCount()).as("a refused decision writes nothing").isEqualTo(before);
    }

    /** Sends the decision form of {@code page} as its browser would, with its CSRF token and idempotency key. */
    private static HttpResponse<String> decide(SignInFlow chair, String page, UUID review, String decidedOn, String extra) {
        return chair.post("/reviews/" + review + "/decision", "_csrf=" + match(CSRF, page) + "&idempotencyKey=" + match(FORM_KEY, page)
                + "&decidedOn=" + encode(decidedOn) + "&decisionNumber=" + encode("12/QĐ-UBND") + extra);
    }

    /** The ad hoc review of 2025 of Phú Lộc, one household listed, surveyed poor, agreed and posted on 3 July 2025. */
    private UUID postedReview() {
        ensureCommune(PHU_LOC, "Xã Phú Lộc", "COMMUNE", "RURAL");
        LedgerApi.Request worker = api.withToken(Tokens.of(port, "can-bo-phuloc", List.of("WORKER"), List.of(PHU_LOC)));
        Map<String, Object> body = household(PHU_LOC, uniqueCode("PL"));
        body.put("village", VILLAGE);
        UUID household = id(worker.post("/api/households", body), "householdId");
        UUID review = id(worker.post("/api/reviews", new OpenReviewRequest(null, PHU_LOC, 2025, ReviewKind.AD_HOC,
                LocalDate.of(2025, 6, 16))), "reviewId");
        String path = "/api/reviews/" + review;
        created(worker.post(path + "/households", new ListHouseholdRequest(household, ListingReason.ON_LIST)));
        created(worker.post(path + "/households/" + household + "/survey", new SurveyRequest(LocalDate.of(2025, 6, 23),
                1_200_000L, List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"), List.of(PovertyCause.LACK_CAPITAL), true)));
        created(worker.post(path + "/meetings", new MeetingRequest(null, VILLAGE, LocalDate.of(2025, 6, 30),
                List.of("Trưởng thôn Lê Văn Cường"), List.of(household), List.of())));
        created(worker.post(path + "/posting", new PostingRequest(LocalDate.of(2025, 7, 3))));
        // The chair has written nothing, so her pages read without waiting: the review is read once it is projected.
        assertThat(worker.consistent().get(path).status()).isEqualTo(200);
        return review;
    }

    /** The field of the form whose input is {@code name}: from its label to the end of its block. */
    private static String fieldOf(String page, String name) {
        int label = page.indexOf("<label for=\"" + name + "\"");
        assertThat(label).as("a field " + name + " on the page").isPositive();
        int start = page.lastIndexOf("<div", label);
        return page.substring(start, page.indexOf("</div>", label));
    }

    private static UUID id(LedgerApi.Response response, String field) {
        return UUID.fromString(created(response).json().get(field).asText());
    }

    private static LedgerApi.Response created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
