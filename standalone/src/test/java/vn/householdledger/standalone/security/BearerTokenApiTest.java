package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.standalone.Tokens;
import vn.householdledger.testing.LedgerApi;

/**
 * One identity across processes: the standalone is an OpenID Connect provider, and the API accepts
 * its access tokens (RS256 JWTs naming the account, its roles and its communes) beside HTTP Basic,
 * with every rule of who may write which commune. A token of another issuer, signed by another key
 * or expired is refused with a 401 problem, as a wrong password is.
 */
class BearerTokenApiTest extends ApiTest {

    @Test
    void theDiscoveryDocumentNamesOneIssuerWhateverAddressItWasAskedBy() {
        JsonNode discovery = api.anonymous().get("/.well-known/openid-configuration").json();
        String issuer = "http://localhost:" + port;
        assertThat(discovery.get("issuer").asText()).isEqualTo(issuer);
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(issuer + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo(issuer + "/connect/logout");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).contains("RS256");

        JsonNode byAddress = new LedgerApi("http://127.0.0.1:" + port).anonymous().get("/.well-known/openid-configuration").json();
        assertThat(byAddress.get("issuer").asText()).isEqualTo(issuer);
    }

    @Test
    void aWorkersTokenRegistersAHouseholdAndTheEventNamesTheWorker() {
        String token = SignInFlow.tokensOf(port, "worker").accessToken();
        JsonNode claims = payload(token);
        assertThat(claims.get("iss").asText()).isEqualTo("http://localhost:" + port);
        assertThat(claims.get("sub").asText()).isEqualTo("worker");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("worker");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"WORKER\"]");
        assertThat(claims.get("communes").toString()).isEqualTo("[\"BAC_SON\",\"HA_LAN\"]");

        LedgerApi.Response registered = api.withToken(token).post("/api/households", household(HA_LAN, uniqueCode("JWT")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String household = registered.json().get("householdId").asText();

        JsonNode history = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        assertThat(history.get(0).get("recordedBy").asText()).isEqualTo("worker");
        assertThat(api.withToken(token).consistent().get("/api/households/" + household).status()).isEqualTo(200);
    }

    @Test
    void aTokenCarriesItsCommunesAndItsRoleAsAnAccountDoes() {
        String other = SignInFlow.tokensOf(port, "other").accessToken();
        long before = eventCount();
        assertProblem(api.withToken(other).post("/api/households", household(HA_LAN, uniqueCode("JWT"))), 403);
        assertThat(eventCount()).isEqualTo(before);

        String committee = SignInFlow.tokensOf(port, "committee").accessToken();
        assertProblem(api.withToken(committee).post("/api/households", household(HA_LAN, uniqueCode("JWT"))), 403);
        assertThat(api.withToken(committee).get("/api/poverty-list").status()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        String token = Tokens.sign(Tokens.ourKey(), claims("http://elsewhere.example", Instant.now().plusSeconds(300)));
        assertRefused(token);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(Tokens.ourKey().getKeyID()).generate();
        assertRefused(Tokens.sign(foreign, claims("http://localhost:" + port, Instant.now().plusSeconds(300))));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(Tokens.sign(Tokens.ourKey(), claims("http://localhost:" + port, Instant.now().minusSeconds(600))));
    }

    @Test
    void theSameTokenMadeByTheTestIsAcceptedSoTheRefusalsAboveAreForTheirOneFault() throws Exception {
        String token = Tokens.sign(Tokens.ourKey(), claims("http://localhost:" + port, Instant.now().plusSeconds(300)));
        assertThat(api.withToken(token).get("/api/poverty-list").status()).isEqualTo(200);
    }

    @Test
    void basicStillWorksBesideTokens() {
        assertThat(api.as("committee").get("/api/poverty-list").status()).isEqualTo(200);
        LedgerApi.Response anonymous = api.anonymous().get("/api/poverty-list");
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().get("WWW-Authenticate")).containsExactly("Basic realm=\"household-ledger\"",
                "Bearer realm=\"household-ledger\"");
    }

    private void assertRefused(String token) {
        long before = eventCount();
        LedgerApi.Response read = api.withToken(token).get("/api/poverty-list");
        assertProblem(read, 401);
        assertThat(read.headers().get("WWW-Authenticate")).contains("Bearer realm=\"household-ledger\", error=\"invalid_token\"");
        assertProblem(api.withToken(token).post("/api/households", household(HA_LAN, uniqueCode("JWT"))), 401);
        assertThat(eventCount()).isEqualTo(before);
    }

    /** A committee member's claims, as the authorization server writes them. */
    private static JWTClaimsSet claims(String issuer, Instant expires) {
        return Tokens.claims(issuer, "committee", List.of("COMMITTEE"), List.of(), expires);
    }

    private static JsonNode payload(String jwt) {
        try {
            return LedgerApi.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
