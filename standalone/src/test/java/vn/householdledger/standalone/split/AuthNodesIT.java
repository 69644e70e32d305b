package vn.householdledger.standalone.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.testing.LedgerApi;

/**
 * Two nodes of the authorization server on one database with one signing key, as the compose runs them: the pages'
 * token request does not come from the person's browser, so it may reach the other node than the sign-in did. A code
 * issued by one node is redeemed at the other, once; the tokens it gives are accepted by a command node that checks
 * them with the first node's keys, and either node honours them until the code's replay revokes them.
 */
class AuthNodesIT {

    @RegisterExtension
    static final Deployment.Failures FAILURES = new Deployment.Failures();

    private static Deployment deployment;
    private static int first;
    private static int second;
    private static LedgerApi command;

    @BeforeAll
    static void compose() throws Exception {
        deployment = new Deployment("auth-nodes");
        first = deployment.startAuth("auth-1");
        second = deployment.startAuth("auth-2");
        int commandPort = deployment.startSide("command-side-1", "command-side", Map.of());
        for (int port : new int[]{first, second, commandPort}) {
            deployment.awaitHealthy("http://127.0.0.1:" + port);
        }
        command = new LedgerApi("http://127.0.0.1:" + commandPort);
        LedgerApi.Response commune = command.as("admin", "change-me").post("/api/communes",
                Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"));
        assertThat(commune.status()).as(commune.toString()).isEqualTo(201);
    }

    @AfterAll
    static void takeDown() throws Exception {
        Deployment.takeDown(deployment, FAILURES);
    }

    @Test
    void aCodeIssuedByOneNodeIsRedeemedAtTheOtherOnceAndItsTokensServeEverywhereUntilItsReplayRevokesThem() {
        SignInFlow atFirst = new SignInFlow(first);
        SignInFlow atSecond = new SignInFlow(second);
        String code = atFirst.code("worker");

        SignInFlow.Tokens tokens = SignInFlow.tokensIn(atSecond.redeem(code));
        LedgerApi.Response registered = command.withToken(tokens.accessToken()).post("/api/households", Map.of("code", "HL-NODES",
                "communeCode", "HA_LAN", "village", "Thôn Đông", "address", "Số 1, thôn Đông", "members", List.of(
                        Map.of("fullName", "Trần Văn An", "sex", "MALE", "birthDate", "1970-05-06", "relation", "HEAD"))));
        assertThat(registered.status()).as("the worker's roles and communes came through the other node: " + registered)
                .isEqualTo(201);
        assertThat(atFirst.userInfo(tokens.accessToken()).statusCode()).isEqualTo(200);
        SignInFlow.Tokens refreshed = SignInFlow.tokensIn(atFirst.refresh(tokens.refreshToken()));
        assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());

        HttpResponse<String> replayed = atFirst.redeem(code);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(400);
        assertThat(replayed.body()).contains("invalid_grant");
        HttpResponse<String> refreshAfterReplay = atSecond.refresh(tokens.refreshToken());
        assertThat(refreshAfterReplay.statusCode()).as(refreshAfterReplay.body()).isEqualTo(400);
        assertThat(atSecond.userInfo(refreshed.accessToken()).statusCode()).as("its tokens are revoked on every node")
                .isEqualTo(401);
    }

    /** The sides count failed sign-ins in the authorization server's schema, but may not read the tokens beside them. */
    @Test
    void theSidesRolesMayNotReadTheAuthorizations() throws SQLException {
        for (String role : new String[]{"ledger_command", "ledger_query"}) {
            try (Connection connection = deployment.postgres.getDatabase(role, "ledger").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT count(*) FROM auth.sign_in_attempts").close();
                assertThat(catchThrowable(() -> statement.executeQuery("SELECT count(*) FROM auth.oauth2_authorization")))
                        .as(role).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }
}
