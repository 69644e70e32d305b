package vn.householdledger.standalone.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Bodies.json;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code Idempotency-Key}: the same key with the same body answers the first answer again (status,
 * body and {@code X-Event-Position}) and writes nothing; with another body it is 422.
 */
class IdempotencyApiTest extends ApiTest {

    /** One write of the API: who sends it, and its path and body for a fresh household of Hà Lan. */
    record Write(String name, String account, String method, Function<Fixture, String> path, Function<Fixture, Object> body,
                 int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Fixture(UUID household, UUID spouse, String commune) {
    }

    static Stream<Write> writes() {
        return Stream.of(
                new Write("POST /api/communes", "admin", "POST", f -> "/api/communes",
                        f -> Map.of("code", f.commune(), "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"), 201),
                new Write("PUT /api/communes/{code}/years/{year}", "admin", "PUT", f -> "/api/communes/HA_LAN/years/2018",
                        f -> Map.of("households", 2036, "poorTargetEndOfYear", 40), 200),
                new Write("POST /api/households", "worker", "POST", f -> "/api/households",
                        f -> household(HA_LAN, uniqueCode("HL")), 201),
                new Write("POST /api/households/{id}/members", "worker", "POST", f -> "/api/households/" + f.household() + "/members",
                        f -> member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null), 201),
                new Write("POST /api/households/{id}/members/{memberId}/departure", "worker", "POST",
                        f -> "/api/households/" + f.household() + "/members/" + f.spouse() + "/departure",
                        f -> Map.of("reason", "MOVED_OUT", "date", "2018-04-01"), 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theSameKeyAndBodyAnswerTheFirstAnswerAgainAndWriteNothing(Write write) {
        Fixture fixture = fixture();
        String path = write.path().apply(fixture);
        String body = json(write.body().apply(fixture));
        String key = UUID.randomUUID().toString();
        long before = eventCount();

        LedgerApi.Response first = api.as(write.account()).idempotencyKey(key).send(write.method(), path, body);
        assertThat(first.status()).as("%s", first).isEqualTo(write.status());
        assertThat(first.position()).isPositive();
        long afterFirst = eventCount();
        assertThat(afterFirst).isEqualTo(before + 1);

        LedgerApi.Response again = api.as(write.account()).idempotencyKey(key).send(write.method(), path, body);

        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.position()).isEqualTo(first.position());
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    void aReplayAnswersTheFirstPositionEvenAfterLaterWritesToTheSameHousehold() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = household(HA_LAN, uniqueCode("HL"));
        LedgerApi.Response first = api.as("worker").idempotencyKey(key).post("/api/households", body);
        String household = first.json().get("householdId").asText();
        api.as("worker").post("/api/households/" + household + "/members", member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null));

        LedgerApi.Response again = api.as("worker").idempotencyKey(key).post("/api/households", body);

        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.position()).isEqualTo(first.position());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        api.as("worker").idempotencyKey(key).post("/api/households", household(HA_LAN, uniqueCode("HL")));
        long before = eventCount();

        assertProblem(api.as("worker").idempotencyKey(key).post("/api/households", household(HA_LAN, uniqueCode("HL"))), 422);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theSameKeyAndBodyOnAnotherHouseholdIsAnotherRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> child = member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null);
        api.as("worker").idempotencyKey(key).post("/api/households/" + registerHousehold(HA_LAN) + "/members", child);
        UUID other = registerHousehold(HA_LAN);
        long before = eventCount();

        assertProblem(api.as("worker").idempotencyKey(key).post("/api/households/" + other + "/members", child), 422);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void eachAccountHasItsOwnKeys() {
        String key = UUID.randomUUID().toString();

        assertThat(api.as("worker").idempotencyKey(key).post("/api/households", household(HA_LAN, uniqueCode("HL"))).status())
                .isEqualTo(201);
        assertThat(api.as("other").idempotencyKey(key).post("/api/households", household(QUANG_TRUNG, uniqueCode("QT"))).status())
                .isEqualTo(201);
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        String taken = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL"))).json().get("code").asText();
        Map<String, Object> duplicate = household(HA_LAN, taken);
        long before = eventCount();

        assertRuleViolation(api.as("worker").idempotencyKey(key).post("/api/households", duplicate), "DUPLICATE_CODE");
        assertRuleViolation(api.as("worker").idempotencyKey(key).post("/api/households", duplicate), "DUPLICATE_CODE");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.as("worker").idempotencyKey(key).post("/api/households", household(HA_LAN, uniqueCode("HL"))).status())
                .isEqualTo(201);
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused() {
        long before = eventCount();

        assertInvalid(api.as("worker").idempotencyKey("k".repeat(256)).post("/api/households", household(HA_LAN, uniqueCode("HL"))),
                "Idempotency-Key");
        assertThat(eventCount()).isEqualTo(before);
    }

    private Fixture fixture() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL")));
        return new Fixture(UUID.fromString(registered.json().get("householdId").asText()),
                UUID.fromString(registered.json().get("memberIds").get(1).asText()),
                uniqueCommuneCode());
    }
}
