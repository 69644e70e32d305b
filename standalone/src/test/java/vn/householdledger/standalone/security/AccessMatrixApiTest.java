package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Bodies.json;
import static vn.householdledger.standalone.Problems.assertProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Who may do what (API.md): every endpoint × every role, and for workers their own commune and
 * another's. Each case runs against a fresh household of Hà Lan, the commune of {@code worker} and
 * not of {@code other}. A new endpoint is one more line in {@link #ENDPOINTS}.
 */
class AccessMatrixApiTest extends ApiTest {

    /** The callers, in the order of the statuses of each line of {@link #ENDPOINTS}. */
    enum Caller {
        ADMIN("admin"), AUDITOR("auditor"), COMMITTEE("committee"), WORKER_OF_THE_COMMUNE("worker"), WORKER_ELSEWHERE("other");

        final String account;

        Caller(String account) {
            this.account = account;
        }
    }

    /** What a path template and a body may refer to: a fresh household of Hà Lan and its spouse. */
    record Fixture(UUID household, UUID member, String commune) {
        String path(String template) {
            return template.replace("{household}", household.toString()).replace("{member}", member.toString())
                    .replace("{commune}", commune);
        }
    }

    /** One endpoint: its method, path template, body, and the status each {@link Caller} gets, in order. */
    record Endpoint(String method, String path, Function<Fixture, Object> body, int... statuses) {
        int statusFor(Caller caller) {
            return statuses[caller.ordinal()];
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Function<Fixture, Object> NO_BODY = f -> null;

    static final List<Endpoint> ENDPOINTS = List.of(
            //           method  path                                                        body                       admin auditor committee own  other
            new Endpoint("POST", "/api/communes",                                            f -> newCommune(),          201, 403, 403, 403, 403),
            new Endpoint("PUT",  "/api/communes/{commune}/years/2018",                       f -> yearPlan(),            200, 403, 403, 403, 403),
            new Endpoint("GET",  "/api/communes",                                            NO_BODY,                    200, 200, 200, 200, 200),
            new Endpoint("POST", "/api/households",                                          f -> registration(f),       403, 403, 403, 201, 403),
            new Endpoint("POST", "/api/households/{household}/members",                      f -> child(),               403, 403, 403, 201, 403),
            new Endpoint("POST", "/api/households/{household}/members/{member}/departure",   f -> departure(),           403, 403, 403, 200, 403),
            new Endpoint("GET",  "/api/households/{household}",                              NO_BODY,                    403, 200, 403, 200, 403),
            new Endpoint("GET",  "/api/households/{household}/history",                      NO_BODY,                    403, 200, 403, 200, 403),
            new Endpoint("GET",  "/api/households/{household}/certificate",                  NO_BODY,                    403, 409, 403, 409, 403),
            new Endpoint("GET",  "/api/reviews",                                             NO_BODY,                    403, 200, 200, 200, 200),
            // The admin's preview of a change of units counts a unit's households and listed households.
            new Endpoint("GET",  "/api/households?commune={commune}",                        NO_BODY,                    200, 200, 403, 200, 403),
            new Endpoint("GET",  "/api/poverty-list?commune={commune}",                      NO_BODY,                    200, 200, 200, 200, 403));

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return ENDPOINTS.stream().flatMap(e -> Arrays.stream(Caller.values()).map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void eachCallerGetsWhatItsRoleAndCommunesAllow(Endpoint endpoint, Caller caller) {
        Fixture fixture = fixture();
        long before = eventCount();

        LedgerApi.Response response = api.as(caller.account).consistent()
                .send(endpoint.method(), fixture.path(endpoint.path()), json(endpoint.body().apply(fixture)));

        int expected = endpoint.statusFor(caller);
        assertThat(response.status()).as("%s as %s: %s", endpoint, caller, response).isEqualTo(expected);
        if (expected >= 400) {
            assertProblem(response, expected);
            assertThat(eventCount()).as("events after a refusal").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void noEndpointAnswersWithoutCredentials(Endpoint endpoint) {
        Fixture fixture = fixture();
        long before = eventCount();

        assertProblem(api.anonymous().send(endpoint.method(), fixture.path(endpoint.path()), json(endpoint.body().apply(fixture))), 401);
        assertProblem(api.as("worker", "wrong").send(endpoint.method(), fixture.path(endpoint.path()),
                json(endpoint.body().apply(fixture))), 401);
        assertThat(eventCount()).isEqualTo(before);
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    private Fixture fixture() {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(HA_LAN, uniqueCode("HL")));
        return new Fixture(UUID.fromString(registered.json().get("householdId").asText()),
                UUID.fromString(registered.json().get("memberIds").get(1).asText()), HA_LAN);
    }

    private static Map<String, Object> newCommune() {
        return Map.of("code", uniqueCommuneCode(), "name", "Phường Lam Sơn",
                "kind", "WARD", "area", "URBAN");
    }

    private static Map<String, Object> yearPlan() {
        return Map.of("households", 2036, "poorTargetEndOfYear", 40);
    }

    private static Map<String, Object> registration(Fixture fixture) {
        return household(fixture.commune(), uniqueCode("HL"));
    }

    private static Map<String, Object> child() {
        return member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null);
    }

    private static Map<String, Object> departure() {
        return Map.of("reason", "MOVED_OUT", "date", "2018-04-01");
    }
}
