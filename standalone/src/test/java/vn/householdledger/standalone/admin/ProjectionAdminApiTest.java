package vn.householdledger.standalone.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** The read models' states for admins, and rebuilds from the event store that answer exactly as before. */
class ProjectionAdminApiTest extends ApiTest {

    @Autowired
    private MeterRegistry meters;

    private List<JsonNode> projections() {
        return new AdminProjections(api).list();
    }

    /** Waits until every projection is LIVE again, at the head, and complete. */
    private List<JsonNode> awaitLive() throws InterruptedException {
        return new AdminProjections(api).awaitSettled();
    }

    private String read(String path) {
        LedgerApi.Response response = api.as("auditor").consistent().get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.body();
    }

    @Test
    void everyProjectionIsListedLiveAtTheHeadAfterAConsistentRead() throws InterruptedException {
        UUID household = registerHousehold(HA_LAN);
        read("/api/households/" + household);

        // Complete is measured once every segment has stored its token at the same place, which several
        // segments do only with their next batch or claim renewal, a few seconds after the read.
        List<JsonNode> projections = awaitLive();

        assertThat(projections).extracting(p -> p.get("name").asText()).contains("communes", "household-view", "targets");
        long head = jdbc.queryForObject("SELECT max(global_index) FROM event_store.domain_event_entry", Long.class);
        for (JsonNode projection : projections) {
            assertThat(projection.get("state").asText()).as(projection.toString()).isEqualTo("LIVE");
            assertThat(projection.get("headPosition").asLong()).isEqualTo(head);
            assertThat(projection.get("position").asLong()).as(projection.toString()).isEqualTo(head);
            assertThat(projection.get("lag").asLong()).isZero();
            assertThat(projection.get("deadLetters").asLong()).isZero();
            assertThat(projection.get("complete").asBoolean()).as(projection.toString()).isTrue();
            assertThat(projection.get("missing").asLong()).isZero();
            assertThat(projection.get("handled").asLong()).isEqualTo(projection.get("expected").asLong());
        }
        assertThat(meters.get("ledger.projection.lag").tag("projection", "household-view").gauge().value()).isZero();
        assertThat(meters.get("ledger.projection.missing.events").tag("projection", "household-view").gauge().value()).isZero();
    }

    @Test
    void rebuildingEveryProjectionAnswersTheSameReadsAsBefore() throws InterruptedException {
        UUID household = registerHousehold(BAC_SON);
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("year", 2017);
        assessment.put("assessedOn", "2017-11-20");
        assessment.put("incomePerCapitaMonthly", 850_000);
        assessment.put("deprivations", List.of("HEALTH_INSURANCE", "SANITARY_TOILET"));
        assessment.put("causes", List.of("LONG_ILLNESS"));
        assessment.put("hasWorkingMember", false);
        assertThat(api.as("worker").post("/api/households/" + household + "/assessments", assessment).status()).isEqualTo(201);
        assertThat(api.as("worker").post("/api/households/" + household + "/escape-pledges", Map.of("year", LocalDate.now(BusinessCalendar.VIETNAM).getYear())).status())
                .isEqualTo(201);
        api.as("admin").put("/api/communes/" + BAC_SON + "/years/2096", Map.of("households", 1200, "poorTargetEndOfYear", 30));
        api.as("admin").put("/api/targets/2096", Map.of("targets", List.of(Map.of("code", "POOR_WITH_SANITARY_TOILET", "value", 60))));
        List<String> paths = List.of("/api/households/" + household, "/api/communes");
        Map<String, String> before = new LinkedHashMap<>();
        paths.forEach(path -> before.put(path, read(path)));
        String targetsBefore = api.as("committee").consistent().get("/api/targets/2096").body();
        // A row no event explains: a rebuild must clear it with the rest.
        jdbc.update("INSERT INTO query_side.commune (code, name, kind, area, registered_on) VALUES ('ZZ_STALE', 'stale', 'COMMUNE', 'RURAL', ?)",
                LocalDate.of(2018, 1, 1));

        LedgerApi.Response started = api.as("admin").post("/api/admin/projections/rebuild", Map.of());

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        List<String> rebuilding = StreamSupport.stream(started.json().get("rebuilding").spliterator(), false).map(JsonNode::asText).toList();
        assertThat(rebuilding).containsExactlyInAnyOrderElementsOf(projections().stream().map(p -> p.get("name").asText()).toList());
        awaitLive();
        paths.forEach(path -> assertThat(read(path)).as(path).isEqualTo(before.get(path)));
        assertThat(api.as("committee").consistent().get("/api/targets/2096").body()).isEqualTo(targetsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM query_side.commune WHERE code = 'ZZ_STALE'", Long.class)).isZero();
    }

    @Test
    void oneProjectionIsRebuiltByName() throws InterruptedException {
        String before = read("/api/communes");

        LedgerApi.Response started = api.as("admin").post("/api/admin/projections/communes/rebuild", Map.of());

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("rebuilding")).extracting(JsonNode::asText).containsExactly("communes");
        awaitLive();
        assertThat(read("/api/communes")).isEqualTo(before);
    }

    @Test
    void anUnknownProjectionIsNotFoundAndOnlyAdminsSeeOrRebuild() {
        LedgerApi.Response unknown = api.as("admin").post("/api/admin/projections/nonsense/rebuild", Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        for (String account : List.of("worker", "auditor", "committee")) {
            assertThat(api.as(account).get("/api/admin/projections").status()).as(account).isEqualTo(403);
            assertThat(api.as(account).post("/api/admin/projections/rebuild", Map.of()).status()).as(account).isEqualTo(403);
            assertThat(api.as(account).post("/api/admin/projections/communes/rebuild", Map.of()).status()).as(account).isEqualTo(403);
        }
        assertThat(projections()).allMatch(AdminProjections::settled);
    }
}
