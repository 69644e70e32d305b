package vn.householdledger.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.SignInFlow;

/**
 * The pages sign in through the authorization server (OpenID Connect) and keep a session, with a
 * CSRF token on every form; signing out ends both sessions; the signed-in person's access token is
 * refreshed when it expires, and a person whose token cannot be refreshed signs in again. The API
 * beside them stays stateless, whichever chain Spring consults first.
 */
class PageSecurityTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;
    private SignInFlow person;

    @BeforeEach
    void person() {
        person = new SignInFlow(port);
    }

    @Test
    void aPageSendsAStrangerToTheAuthorizationServersSignInAndAWrongPasswordIsRefused() {
        HttpResponse<String> page = person.get(uri("/households"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/ledger");

        HttpResponse<String> signIn = person.open("/households", null);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.uri().getPath()).isEqualTo("/login");
        assertThat(signIn.body()).contains("<h1>Đăng nhập</h1>");

        HttpResponse<String> refused = person.signIn("worker", "wrong");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void aSignedInPersonLandsOnThePageAskedForAndAFormWithoutItsCsrfTokenWritesNothing() {
        HttpResponse<String> households = person.open("/households?lang=en", "worker");
        assertThat(households.statusCode()).isEqualTo(200);
        assertThat(households.uri().getPath()).isEqualTo("/households");
        assertThat(households.body()).contains("<h1>Households</h1>");

        long before = eventCount();
        HttpResponse<String> forged = person.post("/households", "code=" + uniqueCode("CSRF") + "&communeCode=HA_LAN&village=A&address=B"
                + "&members[0].fullName=X&members[0].relation=HEAD&members[0].sex=MALE&members[0].birthDate=01/01/1970");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void signingOutEndsThePagesSessionAndTheAuthorizationServersAndComesBackToTheSignInPage() {
        HttpResponse<String> home = person.open("/statistics", "committee");
        assertThat(home.statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = person.post("/logout", "_csrf=" + csrf(home.body()));
        String endSession = signOut.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith("http://localhost:" + port + "/connect/logout?").contains("id_token_hint=");
        HttpResponse<String> back = person.open(endSession.substring(("http://localhost:" + port).length()), null);
        assertThat(back.uri().toString()).isEqualTo("http://localhost:" + port + "/login?logout");
        assertThat(back.body()).contains("Bạn đã đăng xuất.");

        HttpResponse<String> again = person.open("/statistics", null);
        assertThat(again.uri().getPath()).as("the authorization server signs no one in silently").isEqualTo("/login");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithTheRefreshToken() {
        assertThat(person.open("/households", "stats").statusCode()).isEqualTo(200);
        OAuth2AuthorizedClient signedIn = authorizedClients.loadAuthorizedClient(PageSecurity.CLIENT, "stats");
        assertThat(signedIn.getRefreshToken()).isNotNull();
        store(signedIn, expired(signedIn.getAccessToken()), signedIn.getRefreshToken());

        HttpResponse<String> page = person.open("/households", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/households");
        OAuth2AuthorizedClient refreshed = authorizedClients.loadAuthorizedClient(PageSecurity.CLIENT, "stats");
        assertThat(refreshed.getAccessToken().getTokenValue()).isNotEqualTo(signedIn.getAccessToken().getTokenValue());
        assertThat(refreshed.getAccessToken().getExpiresAt()).isAfter(Instant.now());
        assertThat(api.withToken(refreshed.getAccessToken().getTokenValue()).get("/api/poverty-list").status()).isEqualTo(200);
    }

    @Test
    void aPersonWhoseTokenCannotBeRefreshedIsSentBackToSignIn() {
        assertThat(person.open("/households", "stats").statusCode()).isEqualTo(200);
        OAuth2AuthorizedClient signedIn = authorizedClients.loadAuthorizedClient(PageSecurity.CLIENT, "stats");
        store(signedIn, expired(signedIn.getAccessToken()), new OAuth2RefreshToken("forgotten", Instant.now().minusSeconds(600)));

        HttpResponse<String> page = person.get(uri("/households"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/ledger");
        assertThat(person.open("/households", null).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theApiStaysStatelessHttpBasicAndNeverRedirectsToTheSignInPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/api/poverty-list")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");

        HttpRequest basic = HttpRequest.newBuilder(uri("/api/poverty-list"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("committee:committee".getBytes()))
                .GET().build();
        HttpResponse<String> answered = client.send(basic, HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().allValues("Set-Cookie")).isEmpty();
    }

    private void store(OAuth2AuthorizedClient client, OAuth2AccessToken access, OAuth2RefreshToken refresh) {
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(client.getClientRegistration(), client.getPrincipalName(),
                access, refresh), UsernamePasswordAuthenticationToken.authenticated(client.getPrincipalName(), null, List.of()));
    }

    private static OAuth2AccessToken expired(OAuth2AccessToken token) {
        return new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), Instant.now().minusSeconds(900),
                Instant.now().minusSeconds(300), token.getScopes());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
