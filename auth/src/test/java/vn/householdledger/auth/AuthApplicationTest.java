package vn.householdledger.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The authorization server alone: its issuer is the configured one whatever address it is asked
 * by, it publishes the configured key, and its sign-in page speaks Vietnamese unless asked for English.
 */
@SpringBootTest(classes = AuthApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.auth.issuer=https://auth.ledger.example", "ledger.auth.signing-key=classpath:signing-key.pem",
        "ledger.web.client-secret=test-secret", "ledger.security.users[0].username=halan",
        "ledger.security.users[0].password={noop}halan", "ledger.security.users[0].roles=WORKER",
        "ledger.security.users[0].communes=HA_LAN"})
class AuthApplicationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Test
    void itNamesTheConfiguredIssuerAndPublishesTheConfiguredKey() throws Exception {
        JsonNode discovery = json(get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asText()).isEqualTo("https://auth.ledger.example");
        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo("https://auth.ledger.example/connect/logout");

        JsonNode keys = json(get("/oauth2/jwks").body()).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(configuredKeyId());
        assertThat(keys.get(0).has("d")).as("never the private part").isFalse();
    }

    @Test
    void theSignInPageSpeaksVietnameseAndEnglishOnRequest() throws Exception {
        assertThat(get("/login").body()).contains("<h1>Đăng nhập</h1>").contains("name=\"_csrf\"");
        assertThat(get("/login?lang=en").body()).contains("<h1>Sign in</h1>");
    }

    @Test
    void anAuthorizationRequestInABrowserSignsInFirst() throws Exception {
        HttpResponse<String> authorize = http.send(HttpRequest.newBuilder(uri("/oauth2/authorize?response_type=code&client_id=ledger-web"
                        + "&scope=openid&redirect_uri=https://auth.ledger.example/login/oauth2/code/ledger"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String configuredKeyId() throws JOSEException {
        return SigningKey.load("classpath:signing-key.pem", new DefaultResourceLoader()).getKeyID();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(String body) throws IOException {
        return new ObjectMapper().readTree(body);
    }
}
