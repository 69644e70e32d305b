package vn.householdledger.standalone.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.query.projection.ProcessingProgress;
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * {@link ProjectionAdminApiTest}'s states and rebuilds, answering exactly as with one segment, with every
 * projection in 4 segments that this one node claims all of.
 */
@TestPropertySource(properties = "ledger.projections.segments=4")
class SegmentedProjectionAdminApiTest extends ProjectionAdminApiTest {

    @Autowired
    private ProjectionNodes nodes;
    @Autowired
    private ProcessingProgress progress;
    @Autowired
    private TokenSchema tokens;

    @Test
    void theOneNodeHoldsEverySegmentOfEveryProjection() {
        registerHousehold(HA_LAN);

        Eventually.until(() -> new AdminProjections(api).list().stream().allMatch(AdminProjections::settled));
        for (JsonNode projection : new AdminProjections(api).list()) {
            List<JsonNode> segments = StreamSupport.stream(projection.get("segments").spliterator(), false).toList();
            assertThat(segments).as(projection.toString()).extracting(s -> s.get("segment").asInt()).containsExactly(0, 1, 2, 3);
            assertThat(segments).as(projection.toString()).allSatisfy(s -> {
                assertThat(s.get("node").asText()).isEqualTo(nodes.node());
                assertThat(s.get("position").asLong()).isEqualTo(projection.get("headPosition").asLong());
                assertThat(s.get("replaying").asBoolean()).isFalse();
            });
        }
    }

    @Test
    void aProjectionStoredInOneSegmentIsSplitIntoTheConfiguredFourByItsRebuild() {
        registerHousehold(HA_LAN);
        AdminProjections admin = new AdminProjections(api);
        admin.awaitSettled();
        String before = communes();
        StreamingEventProcessor processor = progress.processors().get("communes");
        processor.shutDown();
        // As a store made with one segment has it: segment 0 alone covers every household.
        jdbc.update("DELETE FROM " + tokens.tokenTable() + " WHERE " + tokens.processorNameColumn() + " = 'communes' AND "
                + tokens.segmentColumn() + " > 0");
        processor.start();
        Eventually.until(() -> segmentsOf(admin.named("communes")).equals(List.of(0)));

        LedgerApi.Response rebuild = api.as("admin").post("/api/admin/projections/communes/rebuild", Map.of());

        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until(() -> AdminProjections.settled(admin.named("communes"))
                && segmentsOf(admin.named("communes")).equals(List.of(0, 1, 2, 3)));
        assertThat(communes()).isEqualTo(before);
    }

    private static List<Integer> segmentsOf(JsonNode projection) {
        return StreamSupport.stream(projection.get("segments").spliterator(), false).map(s -> s.get("segment").asInt()).toList();
    }

    private String communes() {
        LedgerApi.Response response = api.as("auditor").consistent().get("/api/communes");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
