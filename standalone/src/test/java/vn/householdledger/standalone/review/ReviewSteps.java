package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ComplaintRequest;
import vn.householdledger.api.review.DecisionRequest;
import vn.householdledger.api.review.ListHouseholdRequest;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.MeetingRequest;
import vn.householdledger.api.review.OpenReviewRequest;
import vn.householdledger.api.review.PostingRequest;
import vn.householdledger.api.review.ResolutionRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.SurveyRequest;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.Tokens;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * A review test's own commune (rural, or a ward), with a worker ({@code lan}) and a chair ({@code chu-tich})
 * of it signed in by token, its households, and the review's steps sent through HTTP on the contract's
 * records. Its review is the ad hoc review of 2025 unless a test opens another: an ad hoc review has no due
 * day, so no deadline fires while a test counts the events. A test that opens a periodic review of a past
 * year awaits its overdue mark ({@link #awaitOverdue}) or its decision before it ends, so that no deadline
 * fires while a later test counts the events.
 */
public final class ReviewSteps {

    public static final int YEAR = 2025;
    public static final LocalDate OPENED_ON = LocalDate.of(2025, 6, 16);
    static final LocalDate SURVEYED_ON = LocalDate.of(2025, 6, 23);
    static final LocalDate MET_ON = LocalDate.of(2025, 6, 30);
    /** A Thursday: the posting ends on the Tuesday after. */
    public static final LocalDate POSTED_ON = LocalDate.of(2025, 7, 3);
    public static final LocalDate POSTING_ENDS_ON = LocalDate.of(2025, 7, 8);
    static final String DECISION_NUMBER = "87/QĐ-UBND";
    static final String WORKER = "lan";
    static final String CHAIR = "chu-tich";
    /** Poor under VN_2021_2025 in a rural commune: income at most 1,500,000 and three deprivations. */
    static final List<String> DEPRIVED = List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER");

    final String commune;
    /** The commune's name, as its documents print it. */
    final String name;
    private final LedgerApi api;
    private final JdbcTemplate jdbc;
    private final String workerToken;
    private final String chairToken;
    public UUID review;

    private ReviewSteps(String commune, String name, LedgerApi api, int port, JdbcTemplate jdbc, String worker, String chair) {
        this.commune = commune;
        this.name = name;
        this.api = api;
        this.jdbc = jdbc;
        this.workerToken = Tokens.of(port, worker, List.of("WORKER"), List.of(commune));
        this.chairToken = Tokens.of(port, chair, List.of("CHAIR"), List.of(commune));
    }

    /** A commune registered for this test alone, so that its review is the commune's only one. */
    static ReviewSteps inAFreshCommune(LedgerApi api, int port, JdbcTemplate jdbc) {
        return inAFreshCommune(api, port, jdbc, WORKER, CHAIR);
    }

    /** As {@link #inAFreshCommune(LedgerApi, int, JdbcTemplate)}, its worker and its chair signed in under these names. */
    public static ReviewSteps inAFreshCommune(LedgerApi api, int port, JdbcTemplate jdbc, String worker, String chair) {
        return inAFreshUnit("COMMUNE", api, port, jdbc, worker, chair);
    }

    /** As {@link #inAFreshCommune(LedgerApi, int, JdbcTemplate)}, in a ward (urban, so the urban lines apply). */
    static ReviewSteps inAFreshWard(LedgerApi api, int port, JdbcTemplate jdbc) {
        return inAFreshUnit("WARD", api, port, jdbc, WORKER, CHAIR);
    }

    /** A unit of {@code kind} named with Vietnamese accents ("Xã Rà Soát …", "Phường Rà Soát …"), as its documents print it. */
    private static ReviewSteps inAFreshUnit(String kind, LedgerApi api, int port, JdbcTemplate jdbc, String worker, String chair) {
        String serial = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        boolean ward = kind.equals("WARD");
        String commune = "R_" + serial;
        String name = (ward ? "Phường" : "Xã") + " Rà Soát " + serial;
        LedgerApi.Response registered = api.as("admin").post("/api/communes",
                Map.of("code", commune, "name", name, "kind", kind, "area", ward ? "URBAN" : "RURAL"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new ReviewSteps(commune, name, api, port, jdbc, worker, chair);
    }

    LedgerApi.Request worker() {
        return api.withToken(workerToken);
    }

    LedgerApi.Request chair() {
        return api.withToken(chairToken);
    }

    /** Signed in with roles and communes of the test's choosing. */
    LedgerApi.Request as(String account, List<String> roles, List<String> communes, int port) {
        return api.withToken(Tokens.of(port, account, roles, communes));
    }

    /** A household of the commune, living in {@code village}. */
    public UUID household(String village) {
        return register(ApiTest.household(commune, ApiTest.uniqueCode("RV")), village);
    }

    /** A household of the commune with its {@code code}, living in {@code village}, headed by {@code head} (a woman) with her children. */
    UUID household(String code, String village, String head, String... children) {
        Map<String, Object> body = ApiTest.household(commune, code);
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(ApiTest.member(head, "FEMALE", "1975-02-03", "HEAD", ApiTest.uniqueNationalId()));
        for (String child : children) {
            members.add(ApiTest.member(child, "MALE", "2005-06-07", "CHILD", null));
        }
        body.put("members", members);
        return register(body, village);
    }

    private UUID register(Map<String, Object> body, String village) {
        body.put("village", village);
        LedgerApi.Response registered = worker().post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("householdId").asText());
    }

    String path(String tail) {
        return "/api/reviews/" + review + tail;
    }

    static OpenReviewRequest opening(String commune, ReviewKind kind, int year, LocalDate on) {
        return new OpenReviewRequest(null, commune, year, kind, on);
    }

    public LedgerApi.Response open(ReviewKind kind, int year, LocalDate on) {
        LedgerApi.Response opened = worker().post("/api/reviews", opening(commune, kind, year, on));
        if (opened.status() == 201) {
            review = UUID.fromString(opened.json().get("reviewId").asText());
        }
        return opened;
    }

    /** The commune's ad hoc review of 2025. */
    UUID open() {
        LedgerApi.Response opened = open(ReviewKind.AD_HOC, YEAR, OPENED_ON);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return review;
    }

    public LedgerApi.Response list(UUID household) {
        return list(household, ListingReason.ON_LIST);
    }

    LedgerApi.Response list(UUID household, ListingReason reason) {
        return worker().post(path("/households"), new ListHouseholdRequest(household, reason));
    }

    static SurveyRequest survey(LocalDate on, long income, List<String> deprivations) {
        return new SurveyRequest(on, income, deprivations, List.of(PovertyCause.LACK_CAPITAL), true);
    }

    LedgerApi.Response survey(UUID household, SurveyRequest survey) {
        return worker().post(path("/households/" + household + "/survey"), survey);
    }

    /** A survey that proposes POOR. */
    public LedgerApi.Response survey(UUID household) {
        return survey(household, survey(SURVEYED_ON, 1_200_000, DEPRIVED));
    }

    /** A survey of {@code income} and no deprivation: income alone decides its proposal. */
    LedgerApi.Response survey(UUID household, LocalDate on, long income) {
        return survey(household, survey(on, income, List.of()));
    }

    static MeetingRequest meeting(String village, LocalDate on, List<UUID> agreed, List<MeetingRequest.Dispute> disputed) {
        return new MeetingRequest(null, village, on, List.of("Trưởng thôn Lê Văn Cường", "Nguyễn Thị Hoa"), agreed, disputed);
    }

    public LedgerApi.Response meet(String village, List<UUID> agreed, List<MeetingRequest.Dispute> disputed) {
        return meet(village, MET_ON, agreed, disputed);
    }

    LedgerApi.Response meet(String village, LocalDate on, List<UUID> agreed, List<MeetingRequest.Dispute> disputed) {
        return worker().post(path("/meetings"), meeting(village, on, agreed, disputed));
    }

    public LedgerApi.Response post(LocalDate on) {
        return worker().post(path("/posting"), new PostingRequest(on));
    }

    public LedgerApi.Response complain(UUID household) {
        return complain(household, POSTED_ON.plusDays(1));
    }

    LedgerApi.Response complain(UUID household, LocalDate receivedOn) {
        return worker().post(path("/complaints"), new ComplaintRequest(null, household, receivedOn,
                "Hộ đã có thu nhập ổn định từ tháng 5"));
    }

    /** The id of a complaint received. */
    static String complaintId(LedgerApi.Response received) {
        return ok(received).json().get("complaintId").asText();
    }

    public LedgerApi.Response resolve(String complaintId, boolean upheld) {
        return resolve(complaintId, upheld, POSTING_ENDS_ON);
    }

    LedgerApi.Response resolve(String complaintId, boolean upheld, LocalDate resolvedOn) {
        return worker().post(path("/complaints/" + complaintId + "/resolution"),
                new ResolutionRequest(resolvedOn, upheld, upheld ? "Khảo sát lại" : "Kết quả khảo sát đúng"));
    }

    public LedgerApi.Response decide(LocalDate on) {
        return decide(on, DECISION_NUMBER);
    }

    LedgerApi.Response decide(LocalDate on, String decisionNumber) {
        return chair().post(path("/decision"), new DecisionRequest(on, decisionNumber));
    }

    /** The review opened, each household of {@code village} listed, surveyed (poor) and agreed by its meeting. */
    UUID agreed(String village, List<UUID> households) {
        open();
        for (UUID household : households) {
            ok(list(household));
            ok(survey(household));
        }
        ok(meet(village, households, List.of()));
        return review;
    }

    /** As {@link #agreed}, and the results posted. */
    UUID posted(String village, List<UUID> households) {
        agreed(village, households);
        ok(post(POSTED_ON));
        return review;
    }

    /** As {@link #posted}, and decided by the chair once the posting is over; waits until every household is reached. */
    UUID decided(String village, List<UUID> households) {
        posted(village, households);
        ok(decide(POSTING_ENDS_ON));
        awaitDecisionReachedItsHouseholds();
        return review;
    }

    /** Until the decision's process has taken every step of this review. */
    public void awaitDecisionReachedItsHouseholds() {
        awaitDecisionReached(jdbc, review);
    }

    /** Until the decision's process has taken every step of {@code review}: then each household's events are stored. */
    public static void awaitDecisionReached(JdbcTemplate jdbc, UUID review) {
        Eventually.until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM command_side.review_decision_step WHERE review_id = ? AND state = 'PENDING'""",
                Long.class, review) == 0);
    }

    /** Until the scheduler has fired this periodic review's deadline and the review became overdue. */
    public void awaitOverdue() {
        Eventually.until(() -> !StoredEvent.of(jdbc, review, ReviewBecameOverdue.class).isEmpty());
    }

    /** Each of the household's assessments by this review's decision, as stored. */
    List<StoredEvent> assessmentsOf(UUID household) {
        return StoredEvent.of(jdbc, household, HouseholdAssessed.class).stream()
                .filter(assessed -> assessed.payload().path("reviewId").asText().equals(review.toString())).toList();
    }

    public static LedgerApi.Response ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    /** A body as a map of its fields, for a test that breaks what the contract's record would hold. */
    static Map<String, Object> fields(Object body) {
        return Bodies.fields(body);
    }
}
