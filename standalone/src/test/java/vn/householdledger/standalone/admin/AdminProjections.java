package vn.householdledger.standalone.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/** The admin's list of projections as a test reads it, for a server in this JVM or another process. */
public final class AdminProjections {

    private final LedgerApi api;

    public AdminProjections(LedgerApi api) {
        this.api = api;
    }

    public List<JsonNode> list() {
        LedgerApi.Response response = api.as("admin").get("/api/admin/projections");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    public JsonNode named(String name) {
        return list().stream().filter(p -> p.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No projection " + name));
    }

    /** LIVE, at the event store's head, and every stored event it should have handled, handled. */
    public static boolean settled(JsonNode projection) {
        return projection.get("state").asText().equals("LIVE")
                && projection.get("position").asLong(-1) == projection.get("headPosition").asLong()
                && projection.get("complete").asBoolean(false);
    }

    /** Waits until every projection is settled, and answers the list; a projection that FAILED fails the test at once. */
    public List<JsonNode> awaitSettled() {
        List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
        Eventually.until(() -> {
            List<JsonNode> projections = list();
            assertThat(projections).as("a projection failed").noneMatch(p -> p.get("state").asText().equals("FAILED"));
            last.set(0, projections);
            return projections.stream().allMatch(AdminProjections::settled);
        });
        return last.get(0);
    }

    /** Starts a rebuild of every projection. */
    public void rebuildAll() {
        LedgerApi.Response started = api.as("admin").post("/api/admin/projections/rebuild", java.util.Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
    }
}
