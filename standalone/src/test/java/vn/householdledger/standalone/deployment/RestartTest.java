package vn.householdledger.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.standalone.LedgerApplication;
import vn.householdledger.testing.LedgerApi;

/**
 * The standalone service as it is run ({@code --server.port}, {@code --ledger.data-dir}), started twice
 * on the same data directory: it is healthy, and what it recorded is still there after a restart,
 * including the first answer to an Idempotency-Key. How fast it starts is the bench's to measure, not a
 * test's: on a shared machine a timing fails for the wrong reason.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRegisteredHouseholdIsStillThereAfterARestart() {
        String key = UUID.randomUUID().toString();
        String code = "HL-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> registration = Map.of("code", code, "communeCode", "HA_LAN", "village", "Thôn Đông",
                "address", "Số 12, thôn Đông", "registeredOn", "2016-03-01", "members", List.of(Map.of(
                        "fullName", "Nguyễn Văn Hùng", "sex", "MALE", "birthDate", "1968-04-12", "relation", "HEAD",
                        "nationalId", "038068001234")));
        LedgerApi.Response registered;

        try (ConfigurableApplicationContext first = startHealthy()) {
            LedgerApi api = api(first);
            assertThat(api.as("admin").post("/api/communes",
                    Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL")).status()).isEqualTo(201);
            registered = api.as("worker").idempotencyKey(key).post("/api/households", registration);
            assertThat(registered.status()).isEqualTo(201);
            String id = registered.json().get("householdId").asText();

            assertThat(api.as("worker").consistent().get("/api/households/" + id).json().get("code").asText()).isEqualTo(code);
            assertThat(api.as("auditor").get("/api/households/" + id + "/history").json().get("events")).hasSize(1);
        }

        try (ConfigurableApplicationContext second = startHealthy()) {
            LedgerApi api = api(second);
            String id = registered.json().get("householdId").asText();
            long events = eventCount(second);

            JsonNode view = api.as("worker").consistent().get("/api/households/" + id).json();
            assertThat(view.get("code").asText()).isEqualTo(code);
            assertThat(view.get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");
            JsonNode history = api.as("auditor").get("/api/households/" + id + "/history").json().get("events");
            assertThat(history).hasSize(1);
            assertThat(history.get(0).get("type").asText()).isEqualTo("HouseholdRegistered");
            assertThat(history.get(0).get("recordedBy").asText()).isEqualTo("worker");

            LedgerApi.Response replayed = api.as("worker").idempotencyKey(key).post("/api/households", registration);
            assertThat(replayed.json()).isEqualTo(registered.json());
            assertThat(replayed.position()).isEqualTo(registered.position());
            assertThat(eventCount(second)).isEqualTo(events);

            assertThat(api.as("worker").post("/api/households/" + id + "/members",
                    Map.of("fullName", "Trần Thị Mai", "sex", "FEMALE", "birthDate", "1971-09-30", "relation", "SPOUSE")).status())
                    .isEqualTo(201);
            assertThat(api.as("worker").consistent().get("/api/households/" + id).json().get("members")).hasSize(2);
        }
    }

    /** Starts the service as {@code java -jar household-ledger.jar} would be, and waits until it is healthy. */
    private ConfigurableApplicationContext startHealthy() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--server.port=0",
                "--ledger.data-dir=" + dataDir,
                "--ledger.security.users[0].username=admin", "--ledger.security.users[0].password={noop}admin",
                "--ledger.security.users[0].roles=ADMIN",
                "--ledger.security.users[1].username=worker", "--ledger.security.users[1].password={noop}worker",
                "--ledger.security.users[1].roles=WORKER", "--ledger.security.users[1].communes=HA_LAN",
                "--ledger.security.users[2].username=auditor", "--ledger.security.users[2].password={noop}auditor",
                "--ledger.security.users[2].roles=AUDITOR");
        LedgerApi.Response health = api(context).anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        return context;
    }

    private static LedgerApi api(ConfigurableApplicationContext context) {
        return new LedgerApi("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static long eventCount(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }
}
