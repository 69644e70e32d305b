package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A person's access token as a script of the standalone gets one: the bench registers a client of its own
 * ({@link #clientArgs()}), the person signs in on the authorization server's page, and the client runs the
 * authorization-code flow (read, not followed, is the redirect that carries the code), then renews the token
 * with its refresh token before the 5 minutes it lives have passed.
 */
final class BearerToken implements Supplier<String> {

    private static final String CLIENT = "ledger-bench";
    private static final String SECRET = "ledger-bench-secret";
    private static final String REDIRECT = "http://127.0.0.1/bench";
    private static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private String accessToken;
    private String refreshToken;
    private long obtainedAt;

    private BearerToken(URI base) {
        this.base = base;
    }

    /** The standalone's arguments that register the bench's client beside the pages' own. */
    static List<String> clientArgs() {
        String prefix = "--spring.security.oauth2.authorizationserver.client." + CLIENT + ".";
        return List.of(prefix + "registration.client-id=" + CLIENT,
                prefix + "registration.client-secret={noop}" + SECRET,
                prefix + "registration.client-authentication-methods=client_secret_basic",
                prefix + "registration.authorization-grant-types=authorization_code,refresh_token",
                prefix + "registration.redirect-uris=" + REDIRECT,
                prefix + "registration.scopes=openid,profile",
                prefix + "require-authorization-consent=false");
    }

    /** Signs {@code account} in (its password is its name) and takes its first token. */
    static BearerToken of(URI base, String account) throws IOException, InterruptedException {
        PageSession person = PageSession.signIn(base, account);
        String state = UUID.randomUUID().toString();
        HttpResponse<String> redirect = person.unfollowed("/oauth2/authorize?response_type=code&client_id=" + CLIENT
                + "&scope=openid%20profile&state=" + state + "&redirect_uri=" + PageSession.encode(REDIRECT));
        String location = redirect.headers().firstValue("Location").orElse("");
        if (!location.startsWith(REDIRECT) || !location.contains("state=" + state)) {
            throw new IllegalStateException("No authorization code for " + account + ": " + redirect.statusCode() + " " + location);
        }
        BearerToken token = new BearerToken(base);
        token.take("grant_type=authorization_code&code=" + PageSession.encode(parameter(location, "code"))
                + "&redirect_uri=" + PageSession.encode(REDIRECT));
        return token;
    }

    @Override
    public synchronized String get() {
        if (System.nanoTime() - obtainedAt > RENEW_AFTER.toNanos()) {
            try {
                take("grant_type=refresh_token&refresh_token=" + PageSession.encode(refreshToken));
            } catch (IOException e) {
                throw new IllegalStateException("The token could not be renewed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return accessToken;
    }

    private void take(String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode tokens = json.readTree(answer.body());
        accessToken = tokens.get("access_token").asText();
        refreshToken = tokens.path("refresh_token").asText(refreshToken);
        obtainedAt = System.nanoTime();
    }

    private static String parameter(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + uri);
    }
}
