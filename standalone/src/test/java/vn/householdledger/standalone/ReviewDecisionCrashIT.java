package vn.householdledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.SurveyRequest;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * A chair decides a review of 1,000 households; the packaged service is killed with {@code kill -9}
 * while the decision reaches them, one household at a time, and started again. Every household then has
 * exactly one assessment by that review, counted in PostgreSQL, which this test runs itself so that it can
 * look at what the killed service left: a household's assessment and the mark that its step is done were
 * stored together, or neither was.
 */
class ReviewDecisionCrashIT {

    private static final int HOUSEHOLDS = 1_000;
    /** The kill comes once this many households are assessed: well inside the decision's run. */
    private static final int KILL_AFTER = 100;
    private static final String VILLAGE = "Thôn Đông";
    private static final LocalDate POSTED_ON = LocalDate.of(2025, 7, 3);
    private static final LocalDate POSTING_ENDS_ON = LocalDate.of(2025, 7, 8);

    @TempDir
    Path dataDir;
    private EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;
    private LedgerProcess server;

    @BeforeEach
    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (server != null) {
            server.stop();
        }
        postgres.close();
    }

    @Test
    void aDecisionKilledHalfWayReachesEveryHouseholdExactlyOnceAfterTheRestart() throws Exception {
        server = start();
        UUID review = postedReviewOf(registerHouseholds());

        LedgerApi.Response decided = server.api.as("chair").post("/api/reviews/" + review + "/decision",
                new DecisionRequest(POSTING_ENDS_ON, "125/QĐ-UBND"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("decided").asInt()).isEqualTo(HOUSEHOLDS);
        awaitAssessed(review, KILL_AFTER);
        server.kill();

        long assessedAtKill = assessmentsBy(review).size();
        assertThat(assessedAtKill).as("assessments when the service was killed").isBetween((long) KILL_AFTER, HOUSEHOLDS - 1L);
        assertThat(stepsDone(review)).as("steps marked done, each with its household's assessment").isEqualTo(assessedAtKill);

        server = start();
        awaitNoStepPending(review);

        List<Map<String, Object>> assessments = assessmentsBy(review);
        assertThat(assessments).as("households assessed by the review").hasSize(HOUSEHOLDS);
        assertThat(assessments).allSatisfy(household -> assertThat(household.get("assessments")).isEqualTo(1L));
        assertThat(stepsDone(review)).isEqualTo(HOUSEHOLDS);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_store.domain_event_entry
                 WHERE payload_type = 'vn.householdledger.events.household.HouseholdAssessed'
                   AND convert_from(payload, 'UTF8')::jsonb ->> 'reviewId' = ?
                   AND convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' = 'review-decision'""", Long.class,
                review.toString())).isEqualTo(HOUSEHOLDS);
    }

    private LedgerProcess start() throws Exception {
        return LedgerProcess.start(dataDir, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--ledger.erasure.master-key=7f1GxsON3CKPoA6RcqKcnBj1tZFVnkYu2TE974W+/Fc=");
    }

    /** A commune's households, all of one village, registered by its worker. */
    private List<UUID> registerHouseholds() throws Exception {
        LedgerApi.Response commune = server.api.as("admin").post("/api/communes",
                Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"));
        assertThat(commune.status()).as(commune.toString()).isEqualTo(201);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            numbers.add(i);
        }
        return inParallel(numbers, i -> {
            Map<String, Object> household = ApiTest.household("HA_LAN", "HL-" + String.format("%04d", i));
            household.put("village", VILLAGE);
            return UUID.fromString(created(server.api.as("worker").post("/api/households", household)).json()
                    .get("householdId").asText());
        });
    }

    /** The commune's review: every household listed, surveyed, agreed by the village's meeting, and posted. */
    private UUID postedReviewOf(List<UUID> households) throws Exception {
        UUID review = UUID.fromString(created(server.api.as("worker").post("/api/reviews",
                new OpenReviewRequest(null, "HA_LAN", 2025, ReviewKind.AD_HOC, LocalDate.of(2025, 6, 16)))).json()
                .get("reviewId").asText());
        String path = "/api/reviews/" + review;
        inParallel(households, household -> created(server.api.as("worker").post(path + "/households",
                new ListHouseholdRequest(household, ListingReason.ON_LIST))));
        inParallel(households, household -> created(server.api.as("worker").post(path + "/households/" + household + "/survey",
                new SurveyRequest(LocalDate.of(2025, 6, 23), 1_200_000L, List.of("HOUSING_QUALITY", "SANITARY_TOILET",
                        "DOMESTIC_WATER"), List.of(PovertyCause.LACK_CAPITAL), true))));
        created(server.api.as("worker").post(path + "/meetings", new MeetingRequest(null, VILLAGE, LocalDate.of(2025, 6, 30),
                List.of("Trưởng thôn Lê Văn Cường"), households, List.of())));
        created(server.api.as("worker").post(path + "/posting", new PostingRequest(POSTED_ON)));
        return review;
    }

    private static LedgerApi.Response created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<R>> answers = new ArrayList<>();
            for (T item : items) {
                answers.add(clients.submit((Callable<R>) () -> request.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            clients.shutdown();
        }
    }

    /** Each household with its number of assessments by {@code review}. */
    private List<Map<String, Object>> assessmentsBy(UUID review) {
        return jdbc.queryForList("""
                SELECT aggregate_identifier, count(*) AS assessments FROM event_store.domain_event_entry
                 WHERE payload_type = 'vn.householdledger.events.household.HouseholdAssessed'
                   AND convert_from(payload, 'UTF8')::jsonb ->> 'reviewId' = ?
                 GROUP BY aggregate_identifier""", review.toString());
    }

    private long stepsDone(UUID review) {
        return jdbc.queryForObject("SELECT count(*) FROM command_side.review_decision_step WHERE review_id = ? AND state = 'ASSESSED'",
                Long.class, review);
    }

    private void awaitAssessed(UUID review, int households) {
        Eventually.until(() -> stepsDone(review) >= households);
    }

    private void awaitNoStepPending(UUID review) {
        Eventually.until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM command_side.review_decision_step WHERE review_id = ? AND state = 'PENDING'",
                Long.class, review) == 0);
    }
}
