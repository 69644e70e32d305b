package vn.householdledger.standalone.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * Projections rebuilt together share the batches they read from the event store (batches of four
 * events here, so that a small history makes many whole ones) and answer exactly as before.
 */
@TestPropertySource(properties = "ledger.eventstore.batch-size=4")
class SharedReplayApiTest extends ApiTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void projectionsRebuiltTogetherReadTheStoreOnceAndAnswerAsBefore() throws InterruptedException {
        List<String> paths = new ArrayList<>(List.of("/api/communes", "/api/poverty-list?commune=" + HA_LAN,
                "/api/statistics/communes?year=2017"));
        for (int i = 0; i < 6; i++) {
            UUID household = registerHousehold(HA_LAN);
            assertThat(api.as("worker").post("/api/households/" + household + "/assessments", Bodies.assessment(2017,
                    "2017-11-20", 600_000 + i * 100_000, List.of("HEALTH_INSURANCE", "SANITARY_TOILET"),
                    List.of("LONG_ILLNESS"), false)).status()).isEqualTo(201);
            paths.add("/api/households/" + household);
            paths.add("/api/households/" + household + "/history");
        }
        Map<String, String> before = new LinkedHashMap<>();
        paths.forEach(path -> before.put(path, read(path)));
        double shared = sharedBatches();

        LedgerApi.Response started = api.as("admin").post("/api/admin/projections/rebuild", Map.of());

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        new AdminProjections(api).awaitSettled();
        paths.forEach(path -> assertThat(read(path)).as(path).isEqualTo(before.get(path)));
        assertThat(sharedBatches()).as("batches one projection took from another's read").isGreaterThan(shared);
    }

    private double sharedBatches() {
        return meters.get("ledger.event.store.batches").tag("source", "shared").counter().count();
    }

    private String read(String path) {
        String account = path.startsWith("/api/households") ? "auditor" : "committee";
        LedgerApi.Response response = api.as(account).consistent().get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.body();
    }
}
