package vn.householdledger.platform.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own OS process. When the service dies without stopping it
 * ({@code kill -9}, an out-of-memory kill) the server lives on, holding the data directory, and the
 * next start would fail on its {@code postmaster.pid}. Such an orphan is stopped cleanly first (fast
 * shutdown: open transactions roll back, everything committed is on disk), but only when no living
 * service holds the directory: the embedded server's lock file ({@code epg-lock}) is free.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /** Stops the server that still runs on {@code dataDir} when the service that started it is gone. */
    static void stopIfAny(Path dataDir) throws IOException {
        Optional<ProcessHandle> server = runningServer(dataDir);
        if (server.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            log.warn("PostgreSQL (pid {}) still runs on {} although the service that started it is gone: stopping it first",
                    server.get().pid(), dataDir);
            stop(server.get(), dataDir);
        }
    }

    /** The live server named by the directory's {@code postmaster.pid}, if it is one; PostgreSQL itself clears the file of a dead one. */
    private static Optional<ProcessHandle> runningServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
    }

    /** {@code pg_ctl stop -m fast} from the server's own binaries; a plain terminate if that fails. */
    private static void stop(ProcessHandle server, Path dataDir) throws IOException {
        try {
            if (!fastShutdown(server, dataDir)) {
                server.destroy();
            }
            server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL on " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The orphaned PostgreSQL (pid " + server.pid() + ") on " + dataDir + " did not stop", e);
        }
        log.info("Orphaned PostgreSQL on {} stopped", dataDir);
    }

    private static boolean fastShutdown(ProcessHandle server, Path dataDir) throws InterruptedException {
        Path pgCtl = Path.of(server.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-w",
                    "-t", String.valueOf(STOP_WAIT.toSeconds()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            log.warn("Cannot run {} ({}); terminating the server instead", pgCtl, e.getMessage());
            return false;
        }
    }
}
