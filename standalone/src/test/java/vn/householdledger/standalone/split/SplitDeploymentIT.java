package vn.householdledger.standalone.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.standalone.pages.Browser;
import vn.householdledger.testing.LedgerApi;

/**
 * The split deployment as {@code docker-compose.yml} composes it, without Docker: PostgreSQL set up by
 * {@code deploy/postgres/init.sql}, the authorization server, the command side and the query side as
 * separate JVMs from their packaged jars, each side connecting as its own role and checking the
 * authorization server's tokens (its public issuer, its keys fetched at another address) through the
 * same environment variables, and nginx with {@code deploy/nginx/nginx.conf} (only the upstreams and
 * the listen port replaced) as the one base URL. A smoke scenario runs through that URL: writes reach
 * the command side, reads the query side, with HTTP Basic and with a person's token. Skipped only
 * where nginx is not installed.
 */
class SplitDeploymentIT {

    private static final Logger log = LoggerFactory.getLogger(SplitDeploymentIT.class);
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String WEB_SECRET = "web-secret";

    /** Whether a test failed, so that the processes' logs are shown. */
    private static volatile boolean failed;

    @RegisterExtension
    static final TestWatcher FAILURES = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    private static EmbeddedPostgres postgres;
    private static final List<Process> processes = new ArrayList<>();
    private static final Map<String, Path> logs = new LinkedHashMap<>();
    private static LedgerApi front;
    private static String frontUrl;
    private static int authPort;

    @BeforeAll
    static void compose() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx): no front to compose");
        Path work = Files.createDirectories(ROOT.resolve("standalone/target/split-deployment"));
        postgres = EmbeddedPostgres.builder().start();
        initialiseDatabase();
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/ledger";
        authPort = freePort();
        int commandPort = freePort();
        int queryPort = freePort();
        int webPort = freePort();
        int frontPort = freePort();
        // What people and clients see: one address for the pages, the sign-in and the API.
        frontUrl = "http://127.0.0.1:" + frontPort;
        start("auth", work, List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar("auth").toString(),
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-id=" + SignInFlow.TEST_CLIENT,
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-secret={noop}ledger-test-secret",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-authentication-methods=client_secret_basic",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.authorization-grant-types=authorization_code",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.redirect-uris=http://127.0.0.1/tokens",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.scopes=openid,profile"),
                auth(authPort, jdbcUrl));
        start("command-side", work, List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar("command-side").toString()), side(commandPort, jdbcUrl, "ledger_command", "command-secret"));
        start("query-side", work, List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                jar("query-side").toString()), side(queryPort, jdbcUrl, "ledger_query", "query-secret"));
        start("web", work, List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar("web").toString()),
                web(webPort, commandPort, queryPort));
        awaitHealthy("http://127.0.0.1:" + authPort);
        awaitHealthy("http://127.0.0.1:" + commandPort);
        awaitHealthy("http://127.0.0.1:" + queryPort);
        awaitHealthy("http://127.0.0.1:" + webPort);
        Path nginx = nginxPrefix(Map.of("command-side:8081", commandPort, "query-side:8082", queryPort, "web:8083", webPort,
                "auth:9000", authPort), frontPort);
        start("nginx", work, List.of(NGINX.toString(), "-p", nginx + "/", "-c", nginx.resolve("nginx.conf").toString(),
                "-g", "daemon off; pid " + nginx.resolve("nginx.pid") + "; error_log stderr;"), Map.of());
        awaitHealthy(frontUrl);
        front = new LedgerApi(frontUrl);
    }

    @AfterAll
    static void takeDown() throws Exception {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (failed) {
            log.error("A test of the split deployment failed; the processes' last lines:\n{}", tails());
        }
        if (postgres != null) {
            postgres.close();
        }
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
        try (Connection connection = postgres.getDatabase("ledger_query", "ledger").getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry").close();
            assertThat(catchThrowable(() -> statement.executeUpdate("DELETE FROM event_store.domain_event_entry")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    /** The compose's database: {@code ledger}, set up by {@code deploy/postgres/init.sql} as its superuser. */
    private static void initialiseDatabase() throws IOException, SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE ledger");
        }
        try (Connection connection = postgres.getDatabase("postgres", "ledger").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(ROOT.resolve("deploy/postgres/init.sql")));
            // What deploy/postgres/passwords.sh does with the passwords of .env, with this test's own.
            statement.execute("ALTER ROLE ledger_command PASSWORD 'command-secret'; ALTER ROLE ledger_query PASSWORD 'query-secret';"
                    + " ALTER ROLE ledger_auth PASSWORD 'auth-secret'");
        }
    }

    /**
     * A side's environment, as {@code docker-compose.yml} gives it, with the port it listens on, three
     * accounts, and the authorization server's public issuer and (at another address) its keys.
     */
    private static Map<String, String> side(int port, String jdbcUrl, String user, String password) {
        Map<String, String> env = accounts();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("LEDGER_SECURITY_SIGN_IN_SCHEMA", "auth");
        env.put("LEDGER_ERASURE_MASTER_KEY", "7f1GxsON3CKPoA6RcqKcnBj1tZFVnkYu2TE974W+/Fc=");
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", frontUrl);
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://127.0.0.1:" + authPort + "/oauth2/jwks");
        return env;
    }

    /** The authorization server's environment, as {@code docker-compose.yml} gives it, with the same accounts and its own role. */
    private static Map<String, String> auth(int port, String jdbcUrl) {
        Map<String, String> env = accounts();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "ledger_auth");
        env.put("SPRING_DATASOURCE_PASSWORD", "auth-secret");
        env.put("LEDGER_AUTH_ISSUER", frontUrl);
        env.put("LEDGER_WEB_URL", frontUrl);
        env.put("LEDGER_WEB_CLIENT_SECRET", WEB_SECRET);
        return env;
    }

    /**
     * The pages' environment, as {@code docker-compose.yml} gives it: the public issuer people sign in at,
     * its token, key and user-info endpoints at an internal address, and the two sides.
     */
    private static Map<String, String> web(int port, int commandPort, int queryPort) {
        Map<String, String> env = new LinkedHashMap<>();
        String auth = "http://127.0.0.1:" + authPort;
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("LEDGER_AUTH_ISSUER", frontUrl);
        env.put("LEDGER_WEB_CLIENT_SECRET", WEB_SECRET);
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_TOKEN_URI", auth + "/oauth2/token");
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_JWK_SET_URI", auth + "/oauth2/jwks");
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_USER_INFO_URI", auth + "/userinfo");
        env.put("LEDGER_WEB_COMMAND_URL", "http://127.0.0.1:" + commandPort);
        env.put("LEDGER_WEB_QUERY_URL", "http://127.0.0.1:" + queryPort);
        return env;
    }

    /**
     * The accounts of every service (one only the throttling test guesses at), and the front, on the loopback, as
     * the proxy they trust.
     */
    private static Map<String, String> accounts() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LEDGER_SECURITY_TRUSTED_PROXIES", "127.0.0.1/32");
        String[][] accounts = {{"admin", "{noop}change-me", "ADMIN", ""}, {"worker", "{noop}worker", "WORKER", "HA_LAN,BAC_SON,QUANG_TRUNG"},
                {"auditor", "{noop}auditor", "AUDITOR", ""}, {"guessed", "{noop}guessed", "AUDITOR", ""}};
        for (int i = 0; i < accounts.length; i++) {
            env.put("LEDGER_SECURITY_USERS_" + i + "_USERNAME", accounts[i][0]);
            env.put("LEDGER_SECURITY_USERS_" + i + "_PASSWORD", accounts[i][1]);
            env.put("LEDGER_SECURITY_USERS_" + i + "_ROLES", accounts[i][2]);
            if (!accounts[i][3].isEmpty()) {
                env.put("LEDGER_SECURITY_USERS_" + i + "_COMMUNES", accounts[i][3]);
            }
        }
        return env;
    }

    /** nginx's prefix folder with the compose's configuration, its upstreams and listen port replaced. */
    private static Path nginxPrefix(Map<String, Integer> upstreams, int frontPort) throws IOException {
        String conf = replaceOnce(Files.readString(ROOT.resolve("deploy/nginx/nginx.conf")),
                "listen 8080;", "listen 127.0.0.1:" + frontPort + ";");
        for (Map.Entry<String, Integer> upstream : upstreams.entrySet()) {
            conf = replaceOnce(conf, "server " + upstream.getKey() + ";", "server 127.0.0.1:" + upstream.getValue() + ";");
        }
        // Under the system's temporary folder, open to nginx's unprivileged workers.
        Path prefix = Files.createTempDirectory("ledger-nginx");
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("nginx.conf"), conf);
        return prefix;
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text).as("deploy/nginx/nginx.conf names " + target).contains(target);
        return text.replace(target, replacement);
    }

    private static void start(String name, Path work, List<String> command, Map<String, String> env) throws IOException {
        Path logFile = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        processes.add(builder.start());
        logs.put(name, logFile);
    }

    /** The last lines each process wrote (its whole log is under {@code standalone/target/split-deployment}). */
    private static String tails() {
        StringBuilder tails = new StringBuilder();
        logs.forEach((name, file) -> {
            try {
                List<String> lines = Files.readAllLines(file);
                tails.append("--- ").append(name).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
            } catch (IOException e) {
                tails.append("--- ").append(name).append(": unreadable log ").append(e).append('\n');
            }
        });
        return tails.toString();
    }

    private static void awaitHealthy(String baseUrl) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new AssertionError("A process of the deployment died:\n" + tails());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
    }

    private static Path jar(String module) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(ROOT.resolve(module).resolve("target"), module + "-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new AssertionError("No " + module + "-*-exec.jar: run mvn package first");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
