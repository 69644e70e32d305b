package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/communes/{code}/next-household-code}: the commune's highest numeric suffix plus one,
 * as wide as before; a code without a numeric suffix does not count; read by the commune's workers.
 */
class NextHouseholdCodeApiTest extends ApiTest {

    private static final String NGOC_SON = "NGOC_SON";
    private static final String WORKER = "ngocson";

    /** Other tests register in Ngọc Sơn too: the test starts from the suggestion it finds. */
    @Test
    void theNextCodeFollowsTheHighestNumericSuffix() {
        ensureCommune(NGOC_SON, "Xã Ngọc Sơn", "COMMUNE", "RURAL");
        String first = suggestion();
        String code = first == null ? "NS-000041" : first;
        register(code);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        register("NS-" + unique + "-1");
        register("NS-" + unique + "-MOI");

        LedgerApi.Response next = api.as(WORKER).consistent().get("/api/communes/" + NGOC_SON + "/next-household-code");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("communeCode").asText()).isEqualTo(NGOC_SON);
        String expected = plusOne(code);
        assertThat(next.json().get("code").asText()).isEqualTo(expected);
        if (first == null) {
            assertThat(expected).isEqualTo("NS-000042");
        }
    }

    @Test
    void aWorkerOfAnotherCommuneMayNotAsk() {
        ensureCommune(NGOC_SON, "Xã Ngọc Sơn", "COMMUNE", "RURAL");
        assertProblem(api.as("worker").get("/api/communes/" + NGOC_SON + "/next-household-code"), 403);
    }

    private String suggestion() {
        JsonNode code = api.as(WORKER).consistent().get("/api/communes/" + NGOC_SON + "/next-household-code").json().get("code");
        return code == null || code.isNull() ? null : code.asText();
    }

    /** The code with its numeric suffix plus one, as wide as before. */
    private static String plusOne(String code) {
        Matcher m = Pattern.compile("^(.*?)(\\d+)$").matcher(code);
        assertThat(m.matches()).isTrue();
        String next = new BigInteger(m.group(2)).add(BigInteger.ONE).toString();
        return m.group(1) + "0".repeat(Math.max(0, m.group(2).length() - next.length())) + next;
    }

    private void register(String code) {
        LedgerApi.Response registered = api.as(WORKER).post("/api/households", household(NGOC_SON, code));
        assertThat(registered.status()).as("registered: %s", registered).isEqualTo(201);
    }
}
