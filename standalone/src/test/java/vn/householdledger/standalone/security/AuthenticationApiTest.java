package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** HTTP Basic: 401 for missing or wrong credentials, telling nobody whether an account exists, logging no password. */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationApiTest extends ApiTest {

    @Test
    void noCredentialsAnswer401WithAChallenge() {
        LedgerApi.Response response = api.anonymous().get("/api/communes");

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=");
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        LedgerApi.Response wrongPassword = api.as("worker", "not-her-password").get("/api/communes");
        LedgerApi.Response unknownAccount = api.as("nobody-here", "not-her-password").get("/api/communes");

        assertProblem(wrongPassword, 401);
        assertProblem(unknownAccount, 401);
        assertThat(unknownAccount.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownAccount.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
        assertThat(wrongPassword.body()).doesNotContain("worker").doesNotContain("nobody-here");
        assertThat(api.as("worker").get("/api/communes").status()).isEqualTo(200);
    }

    @Test
    void credentialsThatAreNotBasicAnswer401() {
        assertProblem(api.anonymous().header("Authorization", "Basic not-base64!").get("/api/communes"), 401);
        assertProblem(api.anonymous().header("Authorization", "Bearer abc.def.ghi").get("/api/communes"), 401);
    }

    /** At the configured levels, and with the service's own loggers at their most talkative. */
    @Test
    void aTypedPasswordIsNeverLogged(CapturedOutput output) {
        String typed = "Mat-khau-sai-7431";
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("vn.householdledger", LogLevel.TRACE);
        try {
            assertThat(api.as("worker", typed).get("/api/communes").status()).isEqualTo(401);
            assertThat(api.as("nobody-here", typed).get("/api/communes").status()).isEqualTo(401);
            assertThat(api.as(typed, typed).post("/api/households", household(HA_LAN, uniqueCode("HL"))).status()).isEqualTo(401);
        } finally {
            logging.setLogLevel("vn.householdledger", null);
        }

        assertThat(output.getAll()).contains("Refused a login");
        assertThat(output.getAll()).doesNotContain(typed)
                .doesNotContain(base64("worker:" + typed)).doesNotContain(base64("nobody-here:" + typed));
    }

    private static String base64(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
