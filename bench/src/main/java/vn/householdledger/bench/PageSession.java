package vn.householdledger.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's session with the pages, as a browser holds it: cookies kept, redirects followed. It signs
 * in through whatever sign-in page the service sends it to (the pages' own form, or the authorization
 * server's behind OpenID Connect), so the same bench measures the pages before and after they moved.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    /** The same session, for a redirect that is read rather than followed (an authorization code's). */
    private final HttpClient unfollowed = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    private PageSession(URI base) {
        this.base = base;
    }

    /** Signs {@code account} in (its password is its name) and answers the session. */
    static PageSession signIn(URI base, String account) throws IOException, InterruptedException {
        PageSession session = new PageSession(base);
        HttpResponse<String> signInPage = session.send(HttpRequest.newBuilder(base.resolve("/")).GET().build());
        Matcher csrf = CSRF.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + signInPage.uri() + " (" + signInPage.statusCode() + ")");
        }
        String form = "username=" + encode(account) + "&password=" + encode(account) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(signInPage.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (signedIn.statusCode() != 200 || signedIn.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("Signing in as " + account + " ended at " + signedIn.uri() + " ("
                    + signedIn.statusCode() + ")");
        }
        return session;
    }

    /** Fetches a page; anything but 200 is a failure of the bench. */
    String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        return page.body();
    }

    /** GETs {@code path} in this session without following a redirect, so that its {@code Location} can be read. */
    HttpResponse<String> unfollowed(String path) throws IOException, InterruptedException {
        return unfollowed.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
