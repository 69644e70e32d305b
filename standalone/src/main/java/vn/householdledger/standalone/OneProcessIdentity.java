package vn.householdledger.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What the pages and the authorization server agree on when they are one process, settled before
 * either is made: the secret of the client {@code ledger-web} ({@code ledger.web.client-secret}),
 * made for the process when none is configured; and, with {@code server.port=0} and an issuer
 * that names it (the default {@code http://localhost:${server.port}}), the port, chosen now, so that
 * the issuer and the pages' addresses registered with it name the port the server will listen on.
 */
public class OneProcessIdentity implements EnvironmentPostProcessor {

    static final String SECRET = "ledger.web.client-secret";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settled = new HashMap<>();
        if (!environment.containsProperty(SECRET)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            settled.put(SECRET, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
        String issuer = environment.getProperty("ledger.auth.issuer");
        if ("0".equals(environment.getProperty("server.port")) && issuer != null && URI.create(issuer).getPort() == 0) {
            settled.put("server.port", freePort());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("oneProcessIdentity", settled));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the service", e);
        }
    }
}
