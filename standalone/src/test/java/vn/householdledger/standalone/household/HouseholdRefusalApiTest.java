package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Bodies.json;
import static vn.householdledger.standalone.Problems.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Bad input to the household endpoints answers 400, 404 or 409 as problem+json, naming the field or
 * the rule, and writes no event. Each case runs against a fresh household of Hà Lan (head and
 * spouse) and a neighbour whose head holds a national id.
 */
class HouseholdRefusalApiTest extends ApiTest {

    /** The households a case may refer to. */
    record Fixture(UUID household, UUID head, UUID spouse, String code, String headNationalId, String neighbourNationalId) {
        String members() {
            return "/api/households/" + household + "/members";
        }

        String departureOf(Object member) {
            return members() + "/" + member + "/departure";
        }
    }

    /** A refused request, what it answers and the field (400) or rule code (409) it names. */
    record Refusal(String name, String method, Function<Fixture, String> path, Function<Fixture, Object> body,
                   int status, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();
    private static final String REGISTER = "/api/households";

    private Fixture fixture;

    @BeforeEach
    void registerFixture() {
        Map<String, Object> body = household(HA_LAN, uniqueCode("HL"));
        LedgerApi.Response registered = api.as("worker").post(REGISTER, body);
        Map<String, Object> neighbour = household(HA_LAN, uniqueCode("HL"));
        api.as("worker").post(REGISTER, neighbour);
        fixture = new Fixture(UUID.fromString(registered.json().get("householdId").asText()),
                UUID.fromString(registered.json().get("memberIds").get(0).asText()),
                UUID.fromString(registered.json().get("memberIds").get(1).asText()),
                body.get("code").toString(), headNationalId(body), headNationalId(neighbour));
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                register("no member", b -> with(b, "members", List.of()), 400, "members"),
                register("no head", b -> with(b, "members", List.of(spouse(null))), 400, "members"),
                register("two heads", b -> with(b, "members", List.of(head(null), head(null))), 400, "members"),
                register("one national id twice", b -> with(b, "members", List.of(head("012345678901"), spouse("012345678901"))),
                        400, "members"),
                register("a national id of 5 digits", b -> with(b, "members", List.of(head("12345"))), 400, "members[0].nationalId"),
                register("a birth date to come", b -> with(b, "members", List.of(with(head(null), "birthDate", TOMORROW))),
                        400, "members[0].birthDate"),
                register("an unknown sex", b -> with(b, "members", List.of(with(head(null), "sex", "X"))), 400, "members[0].sex"),
                register("a member without a name", b -> with(b, "members", List.of(with(head(null), "fullName", ""))),
                        400, "members[0].fullName"),
                register("a registration date to come", b -> with(b, "registeredOn", TOMORROW), 400, "registeredOn"),
                register("a code with spaces", b -> with(b, "code", "HL 001"), 400, "code"),
                register("no village", b -> with(b, "village", null), 400, "village"),
                register("a household id that is not a UUID", b -> with(b, "householdId", "hộ-1"), 400, "householdId"),
                new Refusal("a body that is not JSON", "POST", f -> REGISTER, f -> "{\"code\": ", 400, null),
                new Refusal("the id of another household", "POST", f -> REGISTER,
                        f -> with(household(HA_LAN, uniqueCode("HL")), "householdId", f.household()), 409, null),
                new Refusal("the code of another household", "POST", f -> REGISTER,
                        f -> household(HA_LAN, f.code()), 409, "DUPLICATE_CODE"),
                new Refusal("a national id held in another open household", "POST", f -> REGISTER,
                        f -> with(household(HA_LAN, uniqueCode("HL")), "members", List.of(head(f.neighbourNationalId()))),
                        409, "DUPLICATE_NATIONAL_ID"),

                new Refusal("a second head", "POST", Fixture::members, f -> head(null), 400, "relation"),
                new Refusal("a member id already used", "POST", Fixture::members,
                        f -> with(child(null), "memberId", f.spouse()), 400, "memberId"),
                new Refusal("a joining date to come", "POST", Fixture::members, f -> with(child(null), "joinedOn", TOMORROW),
                        400, "joinedOn"),
                new Refusal("an unknown relation", "POST", Fixture::members, f -> with(child(null), "relation", "COUSIN"),
                        400, "relation"),
                new Refusal("a national id of this household", "POST", Fixture::members, f -> child(f.headNationalId()),
                        409, "DUPLICATE_NATIONAL_ID"),
                new Refusal("a national id of another open household", "POST", Fixture::members,
                        f -> child(f.neighbourNationalId()), 409, "DUPLICATE_NATIONAL_ID"),
                new Refusal("a member for an unknown household", "POST",
                        f -> "/api/households/" + UUID.randomUUID() + "/members", f -> child(null), 404, null),
                new Refusal("a member for a household id that is not a UUID", "POST",
                        f -> "/api/households/HL-001/members", f -> child(null), 400, "householdId"),

                new Refusal("the head leaving without a new head", "POST", f -> f.departureOf(f.head()),
                        f -> departure("DIED", "2018-01-01"), 400, "newHeadMemberId"),
                new Refusal("the head leaving for himself as new head", "POST", f -> f.departureOf(f.head()),
                        f -> with(departure("DIED", "2018-01-01"), "newHeadMemberId", f.head()), 400, "newHeadMemberId"),
                new Refusal("a new head named when another member leaves", "POST", f -> f.departureOf(f.spouse()),
                        f -> with(departure("MOVED_OUT", "2018-01-01"), "newHeadMemberId", f.head()), 400, "newHeadMemberId"),
                new Refusal("the departure of someone who is not a member", "POST", f -> f.departureOf(UUID.randomUUID()),
                        f -> departure("MOVED_OUT", "2018-01-01"), 400, "memberId"),
                new Refusal("an unknown reason", "POST", f -> f.departureOf(f.spouse()),
                        f -> departure("EMIGRATED", "2018-01-01"), 400, "reason"),
                new Refusal("a departure without a date", "POST", f -> f.departureOf(f.spouse()),
                        f -> with(departure("MOVED_OUT", null), "date", null), 400, "date"),
                new Refusal("a departure date to come", "POST", f -> f.departureOf(f.spouse()),
                        f -> departure("MOVED_OUT", TOMORROW), 400, "date"),
                new Refusal("a departure from an unknown household", "POST",
                        f -> "/api/households/" + UUID.randomUUID() + "/members/" + f.spouse() + "/departure",
                        f -> departure("MOVED_OUT", "2018-01-01"), 404, null),
                new Refusal("a departure of a member id that is not a UUID", "POST", f -> f.departureOf("vợ"),
                        f -> departure("MOVED_OUT", "2018-01-01"), 400, "memberId"),

                new Refusal("reading an unknown household", "GET", f -> "/api/households/" + UUID.randomUUID(), f -> null, 404, null),
                new Refusal("reading the history of an unknown household", "GET",
                        f -> "/api/households/" + UUID.randomUUID() + "/history", f -> null, 404, null),
                new Refusal("reading a household id that is not a UUID", "GET", f -> "/api/households/HL-001", f -> null,
                        400, "householdId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badInputIsRefusedAndWritesNothing(Refusal refusal) {
        long before = eventCount();

        LedgerApi.Response response = api.as("worker").send(refusal.method(), refusal.path().apply(fixture),
                json(refusal.body().apply(fixture)));

        assertRefused(response, refusal.status(), refusal.detail());
        assertThat(eventCount()).isEqualTo(before);
    }

    private static Refusal register(String name, UnaryOperator<Map<String, Object>> change, int status, String detail) {
        return new Refusal(name, "POST", f -> REGISTER, f -> change.apply(household(HA_LAN, uniqueCode("HL"))), status, detail);
    }

    private static String headNationalId(Map<String, Object> registration) {
        return ((Map<?, ?>) ((List<?>) registration.get("members")).get(0)).get("nationalId").toString();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(map);
        changed.put(key, value);
        return changed;
    }

    private static Map<String, Object> head(String nationalId) {
        return member("Lê Văn Nam", "MALE", "1960-01-01", "HEAD", nationalId);
    }

    private static Map<String, Object> spouse(String nationalId) {
        return member("Phạm Thị Hoa", "FEMALE", "1962-02-02", "SPOUSE", nationalId);
    }

    private static Map<String, Object> child(String nationalId) {
        return member("Lê Thị Thu", "FEMALE", "2001-03-03", "CHILD", nationalId);
    }

    private static Map<String, Object> departure(String reason, String date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("date", date);
        return body;
    }
}
