package vn.householdledger.standalone.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * More than one machine, on the loopback: two command nodes, two query nodes (each projection in
 * {@value #SEGMENTS} segments, claimed through the token store) and the pages behind nginx with the
 * compose's {@code deploy/nginx/nginx.conf}. Clients register and assess households through the front
 * while one command node and one query node are killed with {@code kill -9}. Afterwards every
 * acknowledged write is in the store exactly once, the surviving query node holds every segment, the read
 * models answer as a fresh rebuild does, and no client was answered a 5xx for a request it sent once the
 * dead node's segments had been claimed again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static final Logger log = LoggerFactory.getLogger(MultiNodeIT.class);
    private static final int SEGMENTS = 4;
    private static final int CLIENTS = 4;
    private static final int HOUSEHOLDS_PER_CLIENT = 12;
    private static final String[] COMMUNES = {"HA_LAN", "BAC_SON"};
    /** A dead node's claims expire in 5 s here (a deployment's default is 10 s). */
    private static Map<String, String> queryNode(String name) {
        return Map.of("LEDGER_PROJECTIONS_SEGMENTS", String.valueOf(SEGMENTS), "LEDGER_PROJECTIONS_CLAIM_TIMEOUT", "5s",
                "LEDGER_PROJECTIONS_NODE", name);
    }

    @RegisterExtension
    static final Deployment.Failures FAILURES = new Deployment.Failures();

    private static Deployment deployment;
    private static LedgerApi front;
    private static final Map<String, Integer> ports = new TreeMap<>();

    @BeforeAll
    static void compose() throws Exception {
        assumeTrue(Files.isExecutable(Deployment.NGINX), "nginx is not installed (apt-get install nginx): no front to compose");
        deployment = new Deployment("multi-node");
        ports.put("auth-1:9000", deployment.startAuth("auth-1"));
        ports.put("command-side-1:8081", deployment.startSide("command-side-1", "command-side", Map.of()));
        ports.put("command-side-2:8081", deployment.startSide("command-side-2", "command-side", Map.of()));
        ports.put("query-side-1:8082", deployment.startSide("query-side-1", "query-side", queryNode("query-side-1")));
        ports.put("query-side-2:8082", deployment.startSide("query-side-2", "query-side", queryNode("query-side-2")));
        ports.put("web-1:8083", deployment.startWeb("web-1", deployment.frontUrl, deployment.frontUrl));
        for (int port : ports.values()) {
            deployment.awaitHealthy("http://127.0.0.1:" + port);
        }
        deployment.startFront(ports);
        front = new LedgerApi(deployment.frontUrl);
        for (String commune : COMMUNES) {
            LedgerApi.Response registered = front.as("admin", "change-me").post("/api/communes",
                    Map.of("code", commune, "name", "Xã " + commune, "kind", "COMMUNE", "area", "RURAL"));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        }
    }

    @AfterAll
    static void takeDown() throws Exception {
        Deployment.takeDown(deployment, FAILURES);
    }

    /** A household written on one command node, then on the other, then on the first again (whose copy is stale). */
    @Test
    @Order(1)
    void aCommandNodesStaleCopyOfAHouseholdLosesTheRaceAndIsRetriedWithTheStoredOne() {
        LedgerApi first = node("command-side-1:8081");
        LedgerApi second = node("command-side-2:8081");
        String household = register(first, "QT-STALE", COMMUNES[0]);

        assertThat(assess(second, household, 2017).status()).isEqualTo(201);
        LedgerApi.Response again = assess(first, household, 2018);

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        List<Long> sequences = sequences(household);
        assertThat(sequences).isEqualTo(LongStream.range(0, sequences.size()).boxed().toList());
        assertThat(count("HouseholdAssessed", "aggregate_identifier = ?", household)).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aNodeOfEachSideKilledMidLoadLosesNoAcknowledgedWriteAndTheOthersTakeOver() throws Exception {
        Eventually.until(() -> claimed().size() == projections().size() * SEGMENTS);
        List<Attempt> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> households = Collections.synchronizedList(new ArrayList<>());
        List<String> assessments = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> {
                for (int h = 0; h < HOUSEHOLDS_PER_CLIENT; h++) {
                    String code = "MN-" + client + "-" + h;
                    String commune = COMMUNES[h % COMMUNES.length];
                    LedgerApi.Response registered = untilAnswered(failures, "register " + code, idempotent -> idempotent
                            .post("/api/households", household(code, commune)));
                    String household = registered.json().get("householdId").asText();
                    households.add(household);
                    acknowledged.incrementAndGet();
                    untilAnswered(failures, "read " + code, request -> request.consistent().get("/api/households/" + household));
                    for (int year = 2018; year <= 2019; year++) {
                        int held = year;
                        LedgerApi.Response assessed = untilAnswered(failures, "assess " + code + " " + year, idempotent -> idempotent
                                .post("/api/households/" + household + "/assessments", assessment(held)));
                        assessments.add(assessed.json().get("assessmentId").asText());
                        acknowledged.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Eventually.until(() -> acknowledged.get() >= CLIENTS * HOUSEHOLDS_PER_CLIENT);
        deployment.kill("command-side-1");
        deployment.kill("query-side-1");
        String survivor = "query-side-2";
        Eventually.until(() -> claimed().values().stream().allMatch(survivor::equals)
                && claimed().size() == projections().size() * SEGMENTS);
        long reclaimedAt = System.nanoTime();
        for (Future<?> client : work) {
            client.get();
        }
        clients.shutdown();

        log.info("Answers a client was refused (5xx or no answer): {}", failures);
        assertThat(failures).as("requests sent after the dead node's segments were claimed again")
                .noneMatch(attempt -> attempt.sentAt() > reclaimedAt);
        assertThat(households).hasSize(CLIENTS * HOUSEHOLDS_PER_CLIENT).doesNotHaveDuplicates();
        for (String household : households) {
            assertThat(count("HouseholdRegistered", "aggregate_identifier = ?", household)).as(household).isEqualTo(1);
        }
        for (String assessment : assessments) {
            assertThat(count("HouseholdAssessed", "convert_from(payload, 'UTF8')::jsonb ->> 'assessmentId' = ?", assessment))
                    .as(assessment).isEqualTo(1);
        }
        Map<String, String> before = readModels(households);
        LedgerApi.Response rebuild = front.as("admin", "change-me").post("/api/admin/projections/rebuild", Map.of());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until(MultiNodeIT::rebuilt);
        assertThat(readModels(households)).isEqualTo(before);
    }

    /** A request a client sent and was not answered, or answered a 5xx, and when it was sent. */
    private record Attempt(String what, long sentAt, String answer) {
    }

    /** Sends a request (with one Idempotency-Key for all its tries) until it is answered below 500; a 4xx fails the test. */
    private static LedgerApi.Response untilAnswered(List<Attempt> failures, String what,
                                                    Function<LedgerApi.Request, LedgerApi.Response> send) {
        String key = UUID.randomUUID().toString();
        while (true) {
            long sentAt = System.nanoTime();
            try {
                LedgerApi.Response answer = send.apply(front.as("worker").idempotencyKey(key));
                if (answer.status() < 500) {
                    assertThat(answer.status()).as(what + ": " + answer).isBetween(200, 299);
                    return answer;
                }
                failures.add(new Attempt(what, sentAt, answer.status() + " " + answer.body()));
            } catch (IllegalStateException unanswered) {
                failures.add(new Attempt(what, sentAt, String.valueOf(unanswered.getCause())));
            }
            pause();
        }
    }

    /** The answers of every read model the test's households are in: their cases, the communes' lists and figures. */
    private static Map<String, String> readModels(List<String> households) {
        Map<String, String> answers = new TreeMap<>();
        Supplier<LedgerApi.Request> auditor = () -> front.as("auditor").consistent();
        for (String household : households) {
            answers.put(household, auditor.get().get("/api/households/" + household).body());
        }
        for (String commune : COMMUNES) {
            answers.put(commune, auditor.get().get("/api/poverty-list?size=200&commune=" + commune).body());
        }
        answers.put("statistics", auditor.get().get("/api/statistics/communes?year=2019").body());
        answers.put("flows", auditor.get().get("/api/statistics/flows?year=2019").body());
        return answers;
    }

    private static boolean rebuilt() {
        JsonNode projections = front.as("admin", "change-me").get("/api/admin/projections").json();
        return StreamSupport.stream(projections.spliterator(), false).allMatch(p -> {
            assertThat(p.get("state").asText()).as(p.toString()).isNotEqualTo("FAILED");
            return p.get("state").asText().equals("LIVE") && p.get("position").asLong() == p.get("headPosition").asLong();
        });
    }

    private static List<String> projections() {
        JsonNode projections = front.as("admin", "change-me").get("/api/admin/projections").json();
        return StreamSupport.stream(projections.spliterator(), false).map(p -> p.get("name").asText()).toList();
    }

    /** Each claimed segment of every projection ({@code name/segment}) and the node that holds it. */
    private static Map<String, String> claimed() {
        Map<String, String> owners = new TreeMap<>();
        try (Connection connection = superuser();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT processor_name, segment, owner FROM query_side.token_entry WHERE owner IS NOT NULL")) {
            while (rows.next()) {
                owners.put(rows.getString(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }

    private static long count(String type, String condition, String value) {
        try (Connection connection = superuser();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM event_store.domain_event_entry"
                     + " WHERE payload_type LIKE ? AND " + condition)) {
            statement.setString(1, "%." + type);
            statement.setString(2, value);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> sequences(String household) {
        List<Long> sequences = new ArrayList<>();
        try (Connection connection = superuser();
             PreparedStatement statement = connection.prepareStatement("SELECT sequence_number FROM event_store.domain_event_entry"
                     + " WHERE aggregate_identifier = ? ORDER BY sequence_number")) {
            statement.setString(1, household);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sequences.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sequences;
    }

    private static Connection superuser() throws SQLException {
        return deployment.postgres.getDatabase("postgres", "ledger").getConnection();
    }

    private static LedgerApi node(String server) {
        return new LedgerApi("http://127.0.0.1:" + ports.get(server));
    }

    private static String register(LedgerApi api, String code, String commune) {
        LedgerApi.Response registered = api.as("worker").post("/api/households", household(code, commune));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("householdId").asText();
    }

    private static LedgerApi.Response assess(LedgerApi api, String household, int year) {
        return api.as("worker").post("/api/households/" + household + "/assessments", assessment(year));
    }

    private static Map<String, Object> household(String code, String commune) {
        return Map.of("code", code, "communeCode", commune, "village", "Thôn Đông", "address", "Số 1, thôn Đông",
                "registeredOn", "2016-03-01", "members", List.of(
                        Map.of("fullName", "Nguyễn Văn " + code, "sex", "MALE", "birthDate", "1968-04-12", "relation", "HEAD")));
    }

    private static Map<String, Object> assessment(int year) {
        return Map.of("year", year, "assessedOn", year + "-10-01", "incomePerCapitaMonthly", year == 2018 ? 600_000 : 1_900_000,
                "deprivations", List.of("HOUSING_QUALITY"), "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
