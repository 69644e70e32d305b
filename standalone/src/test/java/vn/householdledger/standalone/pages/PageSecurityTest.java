package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;

/**
 * The pages sign in with a form and a session and need a CSRF token on every form; the API beside
 * them stays stateless HTTP Basic, whichever chain Spring consults first.
 */
class PageSecurityTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageAsksAStrangerToSignInAndAWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> page = get("/households");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> refused = post("/login", "username=worker&password=wrong&_csrf=" + token("/login"));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndWritesNothing() throws Exception {
        HttpResponse<String> signedIn = post("/login", "username=worker&password=worker&_csrf=" + token("/login"));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(get("/households").statusCode()).isEqualTo(200);
        long before = eventCount();
        HttpResponse<String> forged = post("/households", "code=" + uniqueCode("CSRF") + "&communeCode=HA_LAN&village=A&address=B"
                + "&members[0].fullName=X&members[0].relation=HEAD&members[0].sex=MALE&members[0].birthDate=01/01/1970");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theApiStaysStatelessHttpBasicAndNeverRedirectsToTheSignInForm() throws Exception {
        HttpResponse<String> anonymous = get("/api/poverty-list");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");

        HttpRequest basic = HttpRequest.newBuilder(uri("/api/poverty-list"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("committee:committee".getBytes()))
                .GET().build();
        HttpResponse<String> answered = browser.send(basic, HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().allValues("Set-Cookie")).isEmpty();
    }

    private String token(String path) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(get(path).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
