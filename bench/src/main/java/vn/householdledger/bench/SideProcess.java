package vn.householdledger.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.householdledger.platform.erasure.ErasureConfiguration;

/**
 * A second node beside the standalone: one side's packaged jar ({@code command-side} or {@code query-side}, found in
 * {@code <module>/target} from the working directory, as the standalone's jar is) as a child process. It uses the
 * standalone's embedded PostgreSQL with the standalone's own credentials (its superuser: the split roles of
 * {@code deploy/postgres/init.sql} do not exist there), the master key the embedded database's household keys are
 * wrapped under, the standalone's authorization server as the issuer of bearer tokens, the same accounts and the
 * bench's {@code --service-args}; JVM defaults, not {@code --jvm-args} (a flight recording would share its file).
 */
final class SideProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private SideProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code module}'s jar with {@code extra} arguments, logging to {@code logName}, and waits until it is healthy. */
    static SideProcess start(Options options, Standalone standalone, String module, List<String> communes, List<String> extra,
                             String logName) throws IOException, InterruptedException {
        int port = Standalone.freePort();
        String issuer = standalone.base().toString();
        List<String> command = new ArrayList<>(List.of(Standalone.java(), "-jar", jar(module).toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + standalone.jdbcUrl(),
                "--ledger.erasure.master-key-id=" + ErasureConfiguration.EMBEDDED_ID,
                "--ledger.erasure.master-key=" + ErasureConfiguration.EMBEDDED_ONLY,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks"));
        command.addAll(Standalone.accounts(communes));
        command.addAll(options.serviceArgs());
        command.addAll(extra);
        Path log = options.work().resolve(logName);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Standalone.awaitHealthy(module, process, port, log, started);
        return new SideProcess(process, port);
    }

    URI base() {
        return URI.create("http://localhost:" + port);
    }

    @Override
    public void close() throws InterruptedException {
        Standalone.stop(process);
    }

    private static Path jar(String module) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(module, "target"), module + "-*-exec.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        }
        throw new IllegalStateException("No " + module + "/target/" + module + "-*-exec.jar: run mvn package first");
    }
}
