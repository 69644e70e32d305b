package vn.householdledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The standalone service as a child process ({@code java -jar household-ledger.jar}) with its own data
 * directory, a free port and the bench's accounts given as arguments: how long it takes from process
 * start to {@code /actuator/health} UP, and how much memory it holds.
 */
final class Standalone implements AutoCloseable {

    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /** A worker whose password is stored as a real deployment stores it (cán bộ: an official). */
    static final String REAL_WORKER = "canbo";
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);

    private final Process process;
    private final Path log;
    private final Path dataDir;
    final int port;
    final double startSeconds;

    private Standalone(Process process, Path log, Path dataDir, int port, double startSeconds) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /** Starts the service, with {@code extra} arguments after the bench's, and waits until it is healthy. */
    static Standalone start(Options options, Path dataDir, List<String> communes, String logName, String... extra)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options.jvmArgs());
        command.add("-jar");
        command.add(options.jar().toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.add("--ledger.data-dir=" + dataDir.toAbsolutePath());
        command.addAll(accounts(communes));
        command.addAll(BearerToken.clientArgs());
        command.addAll(options.serviceArgs());
        command.addAll(List.of(extra));
        Path log = options.work().resolve(logName);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitHealthy("The standalone", process, port, log, started);
        return new Standalone(process, log, dataDir, port, (System.nanoTime() - started) / 1e9);
    }

    /** The bench's own java, for its child processes. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Waits until a child process answers {@code /actuator/health} UP on {@code port}; fails if it exits or takes too long. */
    static void awaitHealthy(String what, Process process, int port, Path log, long started) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() - started > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " was not healthy within " + START_LIMIT + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
    }

    /**
     * admin, committee, auditor, and two workers of every commune; each password is the account's name.
     * {@link #REAL_WORKER}'s is a bcrypt hash of the cost a deployment uses (.env.example's 12), as every
     * real account's is; the others' are {@code {noop}}, so that the reads, the imports and the pages are
     * timed as in earlier rounds, without a password hash in each request.
     */
    static List<String> accounts(List<String> communes) {
        List<String> args = new ArrayList<>();
        String[][] accounts = {{"admin", "ADMIN"}, {"committee", "COMMITTEE"}, {"auditor", "AUDITOR"}, {"worker", "WORKER"},
                {REAL_WORKER, "WORKER"}};
        for (int i = 0; i < accounts.length; i++) {
            String prefix = "--ledger.security.users[" + i + "].";
            String name = accounts[i][0];
            args.add(prefix + "username=" + name);
            args.add(prefix + "password=" + (name.equals(REAL_WORKER) ? "{bcrypt}" + BCRYPT.encode(name) : "{noop}" + name));
            args.add(prefix + "roles=" + accounts[i][1]);
            if (accounts[i][1].equals("WORKER")) {
                args.add(prefix + "communes=" + String.join(",", communes));
            }
        }
        return args;
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    /** The JDBC URL of the service's embedded PostgreSQL, as its log announced it. */
    String jdbcUrl() throws IOException {
        Matcher matcher = POSTGRES_PORT.matcher(Files.readString(log));
        if (!matcher.find()) {
            throw new IllegalStateException("The standalone's log does not say its PostgreSQL port; see " + log);
        }
        return "jdbc:postgresql://localhost:" + matcher.group(1) + "/postgres?user=postgres";
    }

    long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's postmaster, which runs detached from the service's process. */
    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    /** CPU seconds used so far by the service, its PostgreSQL and the bench. */
    CpuTime.Reading cpu() throws IOException {
        return CpuTime.read(pid(), postmasterPid());
    }

    /** Resident memory now ({@code VmRSS}) or at its peak ({@code VmHWM}) in MiB, from /proc. */
    long memoryMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("No " + field + " in /proc/" + process.pid() + "/status");
    }

    /** Stops the service ({@link #stop}). */
    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    /** Stops a child process gracefully (SIGTERM), or forcibly after a minute. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
