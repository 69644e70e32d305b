package vn.householdledger.standalone.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.householdledger.standalone.SignInFlow;

/**
 * The split deployment as {@code docker-compose.yml} composes it, without Docker, for the process tests:
 * PostgreSQL set up by {@code deploy/postgres/init.sql}, the services as separate JVMs from their packaged
 * jars with the compose's environment variables, and nginx with {@code deploy/nginx/nginx.conf} (its
 * upstream servers and listen port replaced) as the one base URL. Each process logs to a file under
 * {@code standalone/target/<folder>}; {@link #tails()} shows their last lines when a test fails.
 */
final class Deployment implements AutoCloseable {

    /** Watches a test class's tests, so that the processes' logs are shown when one failed. */
    static final class Failures implements TestWatcher {
        private volatile boolean failed;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Deployment.class);

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String WEB_SECRET = "web-secret";

    final EmbeddedPostgres postgres;
    final String jdbcUrl;
    final int frontPort;
    /** What people and clients see: one address for the pages, the sign-in and the API. */
    final String frontUrl;
    /** The front's listener for the services inside the network (the compose's auth:9000): any authorization node. */
    private final int insidePort;
    /** The one key every node of the authorization server signs with, as the compose's LEDGER_AUTH_SIGNING_KEY. */
    private final String signingKey = privateKeyPem();
    private final Path work;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Path> logs = new LinkedHashMap<>();
    private int authPort;

    Deployment(String folder) throws IOException, SQLException {
        work = Files.createDirectories(ROOT.resolve("standalone/target").resolve(folder));
        postgres = EmbeddedPostgres.builder().start();
        initialiseDatabase();
        jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/ledger";
        frontPort = freePort();
        frontUrl = "http://127.0.0.1:" + frontPort;
        insidePort = freePort();
    }

    /**
     * A node of the authorization server, with the test client of {@link SignInFlow}; its port. The sides fetch the
     * keys of the first node started; the pages reach any node through the front.
     */
    int startAuth(String name) throws IOException {
        int port = freePort();
        if (authPort == 0) {
            authPort = port;
        }
        start(name, List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar("auth").toString(),
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-id=" + SignInFlow.TEST_CLIENT,
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-secret={noop}ledger-test-secret",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.client-authentication-methods=client_secret_basic",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.authorization-grant-types=authorization_code,refresh_token",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.redirect-uris=http://127.0.0.1/tokens",
                "--spring.security.oauth2.authorizationserver.client.ledger-test.registration.scopes=openid,profile"),
                authEnvironment(port));
        return port;
    }

    /** A node of the command side ({@code module} command-side) or of the query side, with {@code extra} settings; its port. */
    int startSide(String name, String module, Map<String, String> extra) throws IOException {
        int port = freePort();
        boolean command = module.equals("command-side");
        Map<String, String> env = side(port, command ? "ledger_command" : "ledger_query", command ? "command-secret" : "query-secret");
        env.putAll(extra);
        start(name, List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar(module).toString()), env);
        return port;
    }

    /** A node of the pages, reaching the sides at these base URLs; its port. */
    int startWeb(String name, String commandUrl, String queryUrl) throws IOException {
        int port = freePort();
        start(name, List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar("web").toString()),
                webEnvironment(port, commandUrl, queryUrl));
        return port;
    }

    /**
     * nginx with the compose's configuration: each upstream server the map names ({@code command-side-1:8081})
     * at its port here; the compose's servers it does not name are left out.
     */
    void startFront(Map<String, Integer> servers) throws IOException, InterruptedException {
        String conf = replaceOnce(Files.readString(ROOT.resolve("deploy/nginx/nginx.conf")), "listen 8080;",
                "listen 127.0.0.1:" + frontPort + ";");
        conf = replaceOnce(conf, "listen 9000;", "listen 127.0.0.1:" + insidePort + ";");
        for (Map.Entry<String, Integer> server : servers.entrySet()) {
            conf = replaceOnce(conf, "server " + server.getKey(), "server 127.0.0.1:" + server.getValue());
        }
        conf = conf.lines().filter(line -> !line.matches("\\s*server [a-z-]+[0-9]*:[0-9]+.*;\\s*"))
                .collect(Collectors.joining("\n"));
        // Under the system's temporary folder, open to nginx's unprivileged workers.
        Path prefix = Files.createTempDirectory("ledger-nginx");
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.writeString(prefix.resolve("nginx.conf"), conf);
        start("nginx", List.of(NGINX.toString(), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off; pid " + prefix.resolve("nginx.pid") + "; error_log stderr;"), Map.of());
        awaitHealthy(frontUrl);
    }

    /** Ends a process as a machine's loss would: {@code kill -9}, no shutdown hook, nothing released. */
    void kill(String name) throws InterruptedException {
        Process process = processes.get(name);
        process.destroyForcibly();
        process.waitFor();
    }


    /** Stops the deployment, first logging the processes' last lines if a test failed. */
    static void takeDown(Deployment deployment, Failures failures) throws IOException {
        if (deployment == null) {
            return;
        }
        if (failures.failed) {
            log.error("A test of the deployment in {} failed; the processes' last lines:\n{}", deployment.work, deployment.tails());
        }
        deployment.close();
    }

    @Override
    public void close() throws IOException {
        List<Process> started = new ArrayList<>(processes.values());
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        postgres.close();
    }

    /** The last lines each process wrote (its whole log is in this deployment's folder). */
    String tails() {
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

    /** Until the service at {@code baseUrl} reports itself healthy; fails at once when one of the processes died. */
    void awaitHealthy(String baseUrl) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            processes.forEach((name, process) -> {
                if (!process.isAlive() && !killed(process)) {
                    throw new AssertionError(name + " of the deployment died:\n" + tails());
                }
            });
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

    private static boolean killed(Process process) {
        return process.exitValue() == 137;
    }

    /**
     * A side's environment, as {@code docker-compose.yml} gives it, with the port it listens on, the accounts, and
     * the authorization server's public issuer and (at another address) its keys, when one runs.
     */
    private Map<String, String> side(int port, String user, String password) {
        Map<String, String> env = accounts();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("LEDGER_SECURITY_SIGN_IN_SCHEMA", "auth");
        env.put("LEDGER_ERASURE_MASTER_KEY", "7f1GxsON3CKPoA6RcqKcnBj1tZFVnkYu2TE974W+/Fc=");
        if (authPort != 0) {
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", frontUrl);
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", "http://127.0.0.1:" + authPort + "/oauth2/jwks");
        }
        return env;
    }

    /**
     * The authorization server's environment, as {@code docker-compose.yml} gives it, with the same accounts, its own
     * role and the deployment's signing key.
     */
    private Map<String, String> authEnvironment(int port) {
        Map<String, String> env = accounts();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "ledger_auth");
        env.put("SPRING_DATASOURCE_PASSWORD", "auth-secret");
        env.put("LEDGER_AUTH_ISSUER", frontUrl);
        env.put("LEDGER_AUTH_SIGNING_KEY", signingKey);
        env.put("LEDGER_WEB_URL", frontUrl);
        env.put("LEDGER_WEB_CLIENT_SECRET", WEB_SECRET);
        return env;
    }

    /**
     * The pages' environment, as {@code docker-compose.yml} gives it: the public issuer people sign in at,
     * its token, key and user-info endpoints at the front's listener for the services inside, and the two sides.
     */
    private Map<String, String> webEnvironment(int port, String commandUrl, String queryUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        String auth = "http://127.0.0.1:" + insidePort;
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("LEDGER_AUTH_ISSUER", frontUrl);
        env.put("LEDGER_WEB_CLIENT_SECRET", WEB_SECRET);
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_TOKEN_URI", auth + "/oauth2/token");
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_JWK_SET_URI", auth + "/oauth2/jwks");
        env.put("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LEDGER_USER_INFO_URI", auth + "/userinfo");
        env.put("LEDGER_WEB_COMMAND_URL", commandUrl);
        env.put("LEDGER_WEB_QUERY_URL", queryUrl);
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

    /** The compose's database: {@code ledger}, set up by {@code deploy/postgres/init.sql} as its superuser. */
    private void initialiseDatabase() throws IOException, SQLException {
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

    private static String privateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text).as("deploy/nginx/nginx.conf names " + target).contains(target);
        return text.replace(target, replacement);
    }

    private void start(String name, List<String> command, Map<String, String> env) throws IOException {
        Path logFile = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().putAll(env);
        processes.put(name, builder.start());
        logs.put(name, logFile);
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
