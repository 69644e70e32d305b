package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.SignInFlow;
import vn.householdledger.testing.LedgerApi;

/**
 * Sign-ins are throttled with the limits of production (5 failures of an account, 20 from an address), in a service
 * of its own: after them every attempt is {@code 429} with {@code Retry-After}, whatever the password, until the
 * window has passed. The window is a day here, not production's minute, so that a machine slow enough to spend a
 * minute on a test's requests cannot end it; it passes when the test ages the counts, as a day would. The
 * loopback's IPv4 address is a trusted proxy here, its IPv6 address is not, so one test client is both.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"ledger.security.sign-in.account-limit=5", "ledger.security.sign-in.address-limit=20",
        "ledger.security.sign-in.window=1d", "ledger.security.trusted-proxies=127.0.0.1/32"})
class SignInThrottleApiTest extends ApiTest {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final long WINDOW_SECONDS = 86_400;

    @Test
    void theSixthAttemptOfAnAccountIsRefusedEvenWithTheRightPasswordUntilTheWindowPasses(CapturedOutput output) {
        LedgerApi proxied = new LedgerApi("http://127.0.0.1:" + port);
        String typed = "Doan-mat-khau-5520";
        for (int i = 0; i < 5; i++) {
            assertProblem(communes(proxied, "worker", typed, "198.51.100.1"), 401);
        }
        long before = eventCount();
        double throttledBefore = throttled();

        LedgerApi.Response refused = proxied.as("worker").header(FORWARDED_FOR, "198.51.100.1")
                .post("/api/households", household(HA_LAN, uniqueCode("HL")));
        JsonNode problem = assertProblem(refused, 429);
        assertThat(problem.get("detail").asText()).contains("thử lại sau");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, WINDOW_SECONDS);
        assertThat(eventCount()).isEqualTo(before);
        // The account is refused from anywhere, and the refusal is counted.
        assertProblem(communes(proxied, "worker", "worker", "198.51.100.2"), 429);
        assertThat(throttled()).isGreaterThanOrEqualTo(throttledBefore + 2);
        assertThat(output.getAll()).doesNotContain(typed);

        windowPasses();
        assertThat(communes(proxied, "worker", "worker", "198.51.100.1").status()).isEqualTo(200);
    }

    @Test
    void twentyFailuresFromOneForwardedAddressLockThatAddressAndNoOther() {
        LedgerApi proxied = new LedgerApi("http://127.0.0.1:" + port);
        twentyWrongSignIns(proxied, i -> "203.0.113.9");

        LedgerApi.Response refused = communes(proxied, "auditor", "auditor", "203.0.113.9");
        assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(communes(proxied, "auditor", "auditor", "203.0.113.10").status()).isEqualTo(200);

        windowPasses();
        assertThat(communes(proxied, "auditor", "auditor", "203.0.113.9").status()).isEqualTo(200);
    }

    /** What a write records comes from the same address the throttle counts. */
    @Test
    void aWriteThroughATrustedProxyIsRecordedFromTheAddressItForwardedFor() {
        LedgerApi.Response registered = new LedgerApi("http://127.0.0.1:" + port).as("worker")
                .header(FORWARDED_FOR, "1.2.3.4, 198.51.100.77").post("/api/households", household(HA_LAN, uniqueCode("HL")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        String recordedFrom = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'clientAddress' FROM event_store.domain_event_entry
                 WHERE global_index = ?""", String.class, registered.position());
        assertThat(recordedFrom).isEqualTo("198.51.100.77");
    }

    /** A client that is no trusted proxy cannot escape the limit by writing a new X-Forwarded-For each time. */
    @Test
    void aSpoofedForwardedForFromAnUntrustedClientCountsAgainstItsOwnAddress() {
        LedgerApi untrusted = new LedgerApi("http://[::1]:" + port);
        twentyWrongSignIns(untrusted, i -> "192.0.2." + i);

        assertProblem(communes(untrusted, "committee", "committee", "192.0.2.99"), 429);
        // Through the trusted proxy, the address it forwards was never locked.
        assertThat(communes(new LedgerApi("http://127.0.0.1:" + port), "committee", "committee", "192.0.2.99").status()).isEqualTo(200);
        windowPasses();
    }

    @Test
    void theSignInPageSaysInVietnameseHowLongToWait() {
        SignInFlow person = new SignInFlow(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = person.signIn("stats", "wrong");
            assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }

        HttpResponse<String> refused = person.signIn("stats", "stats");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, WINDOW_SECONDS);
        assertThat(refused.body()).contains("đã đăng nhập sai quá nhiều lần").contains("<h1>Đăng nhập</h1>");

        windowPasses();
        assertThat(person.signIn("stats", "stats").headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** Twenty wrong sign-ins of twenty accounts through {@code client}, the i-th forwarded for {@code forwardedFor(i)}. */
    private static void twentyWrongSignIns(LedgerApi client, IntFunction<String> forwardedFor) {
        for (int i = 0; i < 20; i++) {
            assertProblem(communes(client, "guess-" + i, "guess", forwardedFor.apply(i)), 401);
        }
    }

    /** {@code GET /api/communes} with HTTP Basic through {@code client}, its {@code X-Forwarded-For} naming {@code forwardedFor}. */
    private static LedgerApi.Response communes(LedgerApi client, String account, String password, String forwardedFor) {
        return client.as(account, password).header(FORWARDED_FOR, forwardedFor).get("/api/communes");
    }

    /** A minute goes by, as far as the counts know. */
    private void windowPasses() {
        jdbc.update("UPDATE query_side.sign_in_attempts SET window_start = window_start - make_interval(secs => ?)",
                WINDOW_SECONDS + 1);
    }

    private double throttled() {
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        return metrics.lines().filter(line -> line.startsWith("ledger_security_throttled_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
