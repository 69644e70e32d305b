package vn.householdledger.standalone.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.review.ReviewSteps;
import vn.householdledger.testing.LedgerApi;

/**
 * Hundreds of generated malformed and hostile requests over every endpoint, as a worker on a real
 * household with its loan, repayment, card and assistance, and as strangers: no answer is a 5xx,
 * no write is accepted, every error is {@code application/problem+json}, and the event store holds
 * exactly the events it held before. The seed is logged; {@code -Dhostile.seed=N} replays a run.
 */
class HostileInputApiTest extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(HostileInputApiTest.class);
    private static final int REQUESTS = Integer.getInteger("hostile.requests", 600);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Answer(int status, String contentType, String body) {
    }

    @Test
    void hostileRequestsAreRefusedWithProblemsAndWriteNothing() {
        long seed = Long.getLong("hostile.seed", new SecureRandom().nextLong());
        log.info("Hostile input: {} requests with seed {} (replay with -Dhostile.seed={})", REQUESTS, seed, seed);
        HostileRequests.World world = prepareWorld();
        HostileRequests generator = new HostileRequests(new Random(seed), world);
        assertThat(REQUESTS).isGreaterThanOrEqualTo(2 * generator.endpointCount());
        long before = eventCount();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            HostileRequests.Hostile request = generator.next();
            Answer answer = send(request);
            statuses.merge(answer.status(), 1, Integer::sum);
            String failure = judge(request, answer);
            if (failure != null) {
                failures.add("#" + i + " " + request + " -> " + answer.status() + " " + answer.contentType() + " "
                        + abbreviate(answer.body()) + ": " + failure);
            }
        }
        log.info("Hostile input, seed {}: answers by status {}", seed, statuses);

        assertThat(failures).as("seed %d: %d of %d hostile requests were mishandled", seed, failures.size(), REQUESTS)
                .isEmpty();
        assertThat(eventCount()).as("events written by hostile requests, seed %d", seed).isEqualTo(before);
        assertStillServing();
        decideTheReview(world);
    }

    /** What is wrong with the answer to a hostile request, or null. */
    private static String judge(HostileRequests.Hostile request, Answer answer) {
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (request.write() && answer.status() < 400) {
            return "a hostile write was accepted";
        }
        if (answer.status() < 400) {
            return null;
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return "an error that is not application/problem+json";
        }
        try {
            JsonNode problem = LedgerApi.JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status() || !problem.hasNonNull("title") || !problem.hasNonNull("type")) {
                return "a problem without type, title or the answer's status";
            }
        } catch (IOException e) {
            return "a problem body that is not JSON";
        }
        return null;
    }

    private Answer send(HostileRequests.Hostile request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()));
        if (request.account() != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (request.account() + ":" + request.password()).getBytes(StandardCharsets.UTF_8)));
        }
        request.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                builder.setHeader(name, value);
            }
        });
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            return new Answer(599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A household of {@code worker} with an assessment, a loan and a repayment, a card and assistance; one of another commune. */
    private HostileRequests.World prepareWorld() {
        LedgerApi.Request worker = api.as("worker");
        UUID household = registerHousehold(HA_LAN);
        String base = "/api/households/" + household;
        UUID assessment = id(created(worker.post(base + "/assessments", Map.of("year", 2018, "assessedOn", "2018-10-01",
                "incomePerCapitaMonthly", 500_000, "deprivations", List.of("HOUSING_QUALITY"),
                "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true))), "assessmentId");
        UUID loan = id(created(worker.post(base + "/loans", Map.of("programme", "POOR_HOUSEHOLD", "principal", 30_000_000,
                "annualInterestRatePercent", 6.6, "termMonths", 36, "disbursedOn", "2018-03-15",
                "lender", "Ngân hàng Chính sách xã hội", "purpose", "Nuôi bò sinh sản"))), "loanId");
        UUID repayment = id(created(worker.post(base + "/loans/" + loan + "/repayments",
                Map.of("amount", 1_000_000, "paidOn", "2018-06-15"))), "repaymentId");
        JsonNode members = worker.consistent().get(base).json().get("members");
        UUID head = null;
        UUID spouse = null;
        for (JsonNode member : members) {
            UUID id = UUID.fromString(member.get("memberId").asText());
            if (member.get("relation").asText().equals("HEAD")) {
                head = id;
            } else {
                spouse = id;
            }
        }
        UUID card = id(created(worker.post(base + "/health-insurance", Map.of("memberId", spouse.toString(),
                "cardNumber", "HN4380123456789", "validFrom", "2018-01-01", "validTo", "2018-12-31",
                "stateSubsidyPercent", 100, "fundingSource", "Ngân sách nhà nước"))), "cardId");
        UUID assistance = id(created(worker.post(base + "/assistance", Map.of("kind", "SANITATION",
                "description", "Nhà tiêu hợp vệ sinh", "amount", 2_000_000, "providedOn", "2018-05-01",
                "fundingSource", "Chương trình 135", "addresses", List.of("SANITARY_TOILET")))), "assistanceId");
        UUID foreign = id(created(api.as("other").post("/api/households", household(QUANG_TRUNG, uniqueCode("HH")))),
                "householdId");
        UUID review = id(created(worker.post("/api/reviews", Map.of("communeCode", HA_LAN, "year", 2025, "kind", "AD_HOC",
                "openedOn", "2025-06-16"))), "reviewId");
        String steps = "/api/reviews/" + review;
        created(worker.post(steps + "/households", Map.of("householdId", household.toString(), "reason", "ON_LIST")));
        created(worker.post(steps + "/households/" + household + "/survey", Map.of("surveyedOn", "2025-06-23",
                "incomePerCapitaMonthly", 1_200_000, "deprivations", List.of(), "causes", List.of(), "hasWorkingMember", true)));
        created(worker.post(steps + "/meetings", Map.of("village", "Thôn Đông", "heldOn", "2025-06-30",
                "attendees", List.of("Trưởng thôn"), "agreed", List.of(household.toString()), "disputed", List.of())));
        created(worker.post(steps + "/posting", Map.of("postedOn", "2025-07-03")));
        UUID complaint = id(created(worker.post(steps + "/complaints", Map.of("householdId", household.toString(),
                "receivedOn", "2025-07-04", "summary", "Khiếu nại"))), "complaintId");
        return new HostileRequests.World(household, head, spouse, assessment, loan, repayment, card, assistance, foreign, review, complaint);
    }

    /** After the storm, a plain write is still accepted and read back: nothing got stuck. */
    private void assertStillServing() {
        UUID household = registerHousehold(HA_LAN);
        LedgerApi.Response view = api.as("worker").consistent().get("/api/households/" + household);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.json().get("members")).hasSize(2);
    }

    /** The review of the storm decided, so that its commune may open another; it has reached its household when the test ends. */
    private void decideTheReview(HostileRequests.World world) {
        String review = "/api/reviews/" + world.review();
        assertThat(api.as("worker").post(review + "/complaints/" + world.complaint() + "/resolution",
                Map.of("resolvedOn", "2025-07-08", "upheld", false, "note", "Kết quả đúng")).status()).isEqualTo(200);
        assertThat(api.as("chair").post(review + "/decision", Map.of("decidedOn", "2025-07-08", "decisionNumber", "1/QĐ-UBND"))
                .status()).isEqualTo(200);
        ReviewSteps.awaitDecisionReached(jdbc, world.review());
    }

    private static LedgerApi.Response created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static UUID id(LedgerApi.Response response, String field) {
        return UUID.fromString(response.json().get(field).asText());
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }
}
