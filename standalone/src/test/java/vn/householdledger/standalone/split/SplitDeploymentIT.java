package vn.householdledger.standalone.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.standalone.pages.Browser;
import vn.householdledger.testing.LedgerApi;

/**
 * The split deployment as {@code docker-compose.yml} composes it ({@link Deployment}), one node of each
 * service: PostgreSQL set up by {@code deploy/postgres/init.sql}, the authorization server, the command
 * side and the query side as separate JVMs from their packaged jars, each side connecting as its own role and checking the
 * authorization server's tokens (its public issuer, its keys fetched at another address) through the
 * same environment variables, and nginx with {@code deploy/nginx/nginx.conf} (only the upstreams and
 * the listen port replaced) as the one base URL. A smoke scenario runs through that URL: writes reach
 * the command side, reads the query side, with HTTP Basic and with a person's token. Skipped only
 * where nginx is not installed.
 */
class SplitDeploymentIT {

    @RegisterExtension
    static final Deployment.Failures FAILURES = new Deployment.Failures();

    private static Deployment deployment;
    private static LedgerApi front;
    private static String frontUrl;
    private static int authPort;

    @BeforeAll
    static void compose() throws Exception {
        assumeTrue(Files.isExecutable(Deployment.NGINX), "nginx is not installed (apt-get install nginx): no front to compose");
        deployment = new Deployment("split-deployment");
        frontUrl = deployment.frontUrl;
        authPort = deployment.startAuth("auth-1");
        int commandPort = deployment.startSide("command-side", "command-side", Map.of());
        int queryPort = deployment.startSide("query-side", "query-side", Map.of());
        int webPort = deployment.startWeb("web", "http://127.0.0.1:" + commandPort, "http://127.0.0.1:" + queryPort);
        for (int port : new int[]{authPort, commandPort, queryPort, webPort}) {
            deployment.awaitHealthy("http://127.0.0.1:" + port);
        }
        deployment.startFront(Map.of("command-side-1:8081", commandPort, "query-side-1:8082", queryPort, "web-1:8083", webPort,
                "auth-1:9000", authPort));
        front = new LedgerApi(frontUrl);
    }

    @AfterAll
    static void takeDown() throws Exception {
        Deployment.takeDown(deployment, FAILURES);
    }

    @Test
    void aHouseholdWrittenThroughTheFrontIsReadBackAssessedListedAndInItsHistory() {
        LedgerApi.Response commune = front.as("admin", "change-me").post("/api/communes",
                Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"));
        assertThat(commune.status()).as(commune.toString()).isEqualTo(201);

        LedgerApi.Response registered = front.as("worker").post("/api/households", Map.of("code", "HL-001",
                "communeCode", "HA_LAN", "village", "Thôn Đông", "address", "Số 12, thôn Đông", "registeredOn", "2016-03-01", "members", List.of(
                        Map.of("fullName", "Nguyễn Văn Hùng", "sex", "MALE", "birthDate", "1968-04-12", "relation", "HEAD"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.position()).isPositive();
        String household = registered.json().get("householdId").asText();

        LedgerApi.Response view = front.as("worker").consistent().get("/api/households/" + household);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.json().get("code").asText()).isEqualTo("HL-001");
        assertThat(view.json().get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");

        LedgerApi.Response assessed = front.as("worker").post("/api/households/" + household + "/assessments", Map.of(
                "year", 2018, "assessedOn", "2018-10-01", "incomePerCapitaMonthly", 600_000,
                "deprivations", List.of("HOUSING_QUALITY"), "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        assertThat(assessed.json().get("classification").asText()).isEqualTo("POOR");

        LedgerApi.Response listed = front.as("worker").consistent().get("/api/poverty-list?commune=HA_LAN");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(listed.json().get("items").spliterator(), false)
                .map(item -> item.get("householdId").asText())).containsExactly(household);

        LedgerApi.Response audit = front.as("auditor").get("/api/audit/poverty-list?commune=HA_LAN&asOf=" + Instant.now());
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json().get("items").get(0).get("householdId").asText()).isEqualTo(household);

        JsonNode events = front.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(StreamSupport.stream(events.spliterator(), false).map(e -> e.get("type").asText()))
                .startsWith("HouseholdRegistered", "HouseholdAssessed");
        assertThat(events.get(0).get("recordedBy").asText()).isEqualTo("worker");
    }

    @Test
    void aPersonsTokenFromTheAuthorizationServerWritesAndReadsThroughTheFrontAndAForgedOneIsRefused() {
        int commune = front.as("admin", "change-me").post("/api/communes",
                Map.of("code", "BAC_SON", "name", "Phường Bắc Sơn", "kind", "WARD", "area", "URBAN")).status();
        assertThat(commune).isEqualTo(201);
        String token = SignInFlow.tokensOf(authPort, "worker").accessToken();

        LedgerApi.Response registered = front.withToken(token).post("/api/households", Map.of("code", "BS-JWT",
                "communeCode", "BAC_SON", "village", "Thôn Tây", "address", "Số 3, thôn Tây", "members", List.of(
                        Map.of("fullName", "Lê Thị Hoa", "sex", "FEMALE", "birthDate", "1975-02-03", "relation", "HEAD"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String household = registered.json().get("householdId").asText();
        assertThat(front.withToken(token).consistent().get("/api/households/" + household).status()).isEqualTo(200);
        JsonNode events = front.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(events.get(0).get("recordedBy").asText()).isEqualTo("worker");

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + new StringBuilder(token.substring(token.lastIndexOf('.') + 1)).reverse();
        assertThat(front.withToken(forged).get("/api/households/" + household).status()).isEqualTo(401);
        assertThat(front.withToken(forged).post("/api/households/" + household + "/escape-pledges", Map.of("year", 2019)).status())
                .isEqualTo(401);
    }

    /** The pages of the split deployment, in Chromium: sign-in at the authorization server, then the pages over HTTP. */
    @Test
    void aWorkerSignsInThroughThePagesRegistersAndAssessesAHouseholdAndSeesBothOnItsPage() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
        int commune = front.as("admin", "change-me").post("/api/communes",
                Map.of("code", "QUANG_TRUNG", "name", "Xã Quang Trung", "kind", "COMMUNE", "area", "RURAL")).status();
        assertThat(commune).isIn(201, 409);
        try (Browser browser = new Browser(frontUrl)) {
            browser.signIn("worker");
            assertThat(browser.text("h1")).as(browser.driver.getCurrentUrl()).isEqualTo("Hộ gia đình");

            browser.open("/households/new");
            browser.fillRegistration("QT-WEB", "QUANG_TRUNG", "036068001234");
            browser.type("registeredOn", "01/03/2016");
            browser.press(null, null);
            assertThat(browser.text("h1")).contains("Hộ QT-WEB").contains("Chưa đánh giá");

            browser.follow("/assessments/new");
            browser.type("year", "2018");
            browser.type("assessedOn", "01/10/2018");
            browser.type("incomePerCapitaMonthly", "600.000");
            browser.check("deprivations", "HOUSING_QUALITY");
            browser.check("causes", "LACK_CAPITAL");
            browser.check("hasWorkingMember", "true");
            browser.press("action", "preview");
            assertThat(browser.text(".preview .status")).isEqualTo("Hộ nghèo");
            browser.press("action", "save");
            assertThat(browser.text("h1 .status")).isEqualTo("Hộ nghèo");
            assertThat(browser.text(".assessment")).contains("600.000 đ");
            assertThat(browser.text("table[data-table=timeline]")).contains("Đăng ký hộ").contains("Đánh giá").contains("worker");
        }
    }

    @Test
    void refusalsThroughTheFrontAreProblems() throws Exception {
        LedgerApi.Response unknown = front.as("worker").get("/api/households/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        LedgerApi.Response anonymous = front.anonymous().post("/api/communes", Map.of("code", "X"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        HttpResponse<String> tooLarge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(frontUrl + "/api/communes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(1_500_000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(LedgerApi.JSON.readTree(tooLarge.body()).get("status").asInt()).isEqualTo(413);

        LedgerApi.Response hugeHeader = front.as("worker").header("X-Padding", "a".repeat(40_000)).get("/api/communes");
        assertThat(hugeHeader.status()).isEqualTo(400);
        assertThat(hugeHeader.header("Content-Type")).startsWith("application/problem+json");
    }

    /**
     * Sign-ins are throttled through the front as in one process, with one count for every service: wrong
     * passwords sent to the query side (reads) and the command side (writes) lock the account on the sign-in
     * page too, and the API answers the sixth attempt 429 whatever its password.
     */
    @Test
    void theSixthSignInOfAnAccountThroughTheFrontIsRefusedWhateverItsPasswordByEveryService() {
        for (int i = 0; i < 3; i++) {
            assertThat(front.as("guessed", "wrong").get("/api/communes").status()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(front.as("guessed", "wrong").post("/api/communes", Map.of("code", "X")).status()).isEqualTo(401);
        }

        LedgerApi.Response refused = front.as("guessed").get("/api/communes");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(front.as("guessed").post("/api/communes", Map.of("code", "X")).status()).isEqualTo(429);
        HttpResponse<String> page = new SignInFlow(Integer.parseInt(frontUrl.substring(frontUrl.lastIndexOf(':') + 1)))
                .signIn("guessed", "guessed");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("đã đăng nhập sai quá nhiều lần");
    }

    @Test
    void theQuerySideRoleMayReadTheEventStoreButNeverWriteIt() throws SQLException {
        try (Connection connection = deployment.postgres.getDatabase("ledger_query", "ledger").getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry").close();
            assertThat(catchThrowable(() -> statement.executeUpdate("DELETE FROM event_store.domain_event_entry")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
