package vn.householdledger.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.householdledger.testing.LedgerApi;

/**
 * The packaged service ({@code -Dledger.jar}) as a child process on its own data directory and
 * port (or the query side alone, on the database it is given), with one test account per role (password = name), started, killed and stopped like an
 * operator would. Its output goes to {@code crash-it/server-N.log} beside the jar.
 */
final class LedgerProcess {

    static final List<String> ACCOUNTS = List.of("admin:ADMIN", "auditor:AUDITOR", "committee:COMMITTEE", "worker:WORKER:HA_LAN,BAC_SON",
            "chair:CHAIR:HA_LAN,BAC_SON");
    private static int started;

    private final Process process;
    private final Path log;
    final LedgerApi api;

    private LedgerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.api = new LedgerApi("http://localhost:" + port);
    }

    /** Starts the service on {@code dataDir}, with more arguments if given, and waits until it answers its health check. */
    static LedgerProcess start(Path dataDir, String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--ledger.data-dir=" + dataDir));
        all.addAll(List.of(arguments));
        return launch(Path.of(System.getProperty("ledger.jar", "target/household-ledger.jar")).toAbsolutePath(), all);
    }

    /** Starts the query side alone ({@code query-side/target/query-side-*-exec.jar}) with the same accounts. */
    static LedgerProcess querySide(String... arguments) throws IOException, InterruptedException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("../query-side/target").toAbsolutePath().normalize(),
                "query-side-*-exec.jar")) {
            for (Path jar : jars) {
                return launch(jar, List.of(arguments));
            }
        }
        throw new AssertionError("No query-side-*-exec.jar: run mvn package first");
    }

    private static LedgerProcess launch(Path jar, List<String> arguments) throws IOException, InterruptedException {
        Path log = Files.createDirectories(jar.resolveSibling("crash-it")).resolve("server-" + ++started + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            String[] account = ACCOUNTS.get(i).split(":");
            String user = "--ledger.security.users[" + i + "].";
            command.add(user + "username=" + account[0]);
            command.add(user + "password={noop}" + account[0]);
            command.add(user + "roles=" + account[1]);
            if (account.length > 2) {
                command.add(user + "communes=" + account[2]);
            }
        }
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LedgerProcess server = new LedgerProcess(process, log, port);
        server.awaitHealthy();
        return server;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook runs, the embedded PostgreSQL is left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM): the service shuts down and stops its PostgreSQL. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** After a test that ended on a kill: stops the PostgreSQL the killed service left on {@code dataDir}. */
    static void stopOrphanedPostgres(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postgres = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
        if (postgres.isPresent()) {
            postgres.get().destroy();
            postgres.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
        }
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("The service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (api.anonymous().get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // connection refused while it starts
            }
            Thread.sleep(500);
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
