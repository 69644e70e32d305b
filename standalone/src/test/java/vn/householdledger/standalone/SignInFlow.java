package vn.householdledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.householdledger.testing.LedgerApi;

/**
 * A person in a browser, played by Java's HttpClient with a cookie jar: follows the service's
 * redirects one by one and, when the authorization server's sign-in form shows, signs in on it.
 * Also the tests' way to a person's access token: the authorization-code flow of the test client
 * {@code ledger-test} (application-test.yml), whose redirect is never followed, only read.
 */
public final class SignInFlow {

    public static final String TEST_CLIENT = "ledger-test";
    private static final String TEST_SECRET = "ledger-test-secret";
    private static final String TEST_REDIRECT = "http://127.0.0.1/tokens";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int MOST_REDIRECTS = 12;

    /** What the token endpoint answered. */
    public record Tokens(String accessToken, String refreshToken, String idToken) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SignInFlow(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A person's tokens, as the test client gets them after the person signed in (password = account name). */
    public static Tokens tokensOf(int port, String account) {
        return new SignInFlow(port).tokens(account);
    }

    public Tokens tokens(String account) {
        return tokensIn(redeem(code(account)));
    }

    /** The browser's half of the test client's flow: the code the service redirects {@code account} back with. */
    public String code(String account) {
        String state = UUID.randomUUID().toString();
        HttpResponse<String> redirect = open("/oauth2/authorize?response_type=code&client_id=" + TEST_CLIENT
                + "&scope=openid%20profile&state=" + state + "&redirect_uri=" + encode(TEST_REDIRECT), account);
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No code for " + account + ": " + redirect.statusCode() + " " + redirect.body()));
        if (!location.startsWith(TEST_REDIRECT) || !location.contains("state=" + state)) {
            throw new AssertionError("Not the test client's redirect: " + location);
        }
        return parameter(location, "code");
    }

    /** The test client's server half: what the token endpoint answers for {@code code}. */
    public HttpResponse<String> redeem(String code) {
        return token("grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(TEST_REDIRECT));
    }

    /** What the token endpoint answers the test client for {@code refreshToken}. */
    public HttpResponse<String> refresh(String refreshToken) {
        return token("grant_type=refresh_token&refresh_token=" + encode(refreshToken));
    }

    /** What the user-info endpoint answers for {@code accessToken}. */
    public HttpResponse<String> userInfo(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(base + "/userinfo")).header("Authorization", "Bearer " + accessToken)
                .GET().build());
    }

    /** The tokens of a token endpoint's answer, which must be 200. */
    public static Tokens tokensIn(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new AssertionError("The token endpoint answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode tokens = read(answer.body());
        return new Tokens(tokens.get("access_token").asText(), tokens.path("refresh_token").asText(null),
                tokens.path("id_token").asText(null));
    }

    private HttpResponse<String> token(String form) {
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", basic(TEST_CLIENT, TEST_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * GETs {@code path} and follows redirects within the service, signing in as {@code account} (when
     * not null) on the sign-in form; answers the first response that is not such a redirect.
     */
    public HttpResponse<String> open(String path, String account) {
        URI uri = URI.create(base + path);
        for (int i = 0; i < MOST_REDIRECTS; i++) {
            HttpResponse<String> response = get(uri);
            if (response.statusCode() == 200 && uri.getPath().equals("/login") && account != null) {
                response = signIn(account, account);
            }
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            URI next = uri.resolve(response.headers().firstValue("Location").orElseThrow());
            if (!base.equals(next.getScheme() + "://" + next.getAuthority())) {
                return response;
            }
            uri = next;
        }
        throw new AssertionError("More than " + MOST_REDIRECTS + " redirects from " + path);
    }

    /** Posts the sign-in form shown at {@code /login}, with its CSRF token. */
    public HttpResponse<String> signIn(String account, String password) {
        Matcher csrf = CSRF.matcher(get(URI.create(base + "/login")).body());
        if (!csrf.find()) {
            throw new AssertionError("The sign-in form has no CSRF token");
        }
        return post("/login", "username=" + encode(account) + "&password=" + encode(password) + "&_csrf=" + csrf.group(1));
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(request.method() + " " + request.uri() + " interrupted", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static String parameter(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + uri);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
