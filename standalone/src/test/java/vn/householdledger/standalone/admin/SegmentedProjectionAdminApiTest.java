package vn.householdledger.standalone.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.query.projection.ProjectionNodes;
import vn.householdledger.testing.Eventually;

/**
 * {@link ProjectionAdminApiTest}'s states and rebuilds, answering exactly as with one segment, with every
 * projection in 4 segments that this one node claims all of.
 */
@TestPropertySource(properties = "ledger.projections.segments=4")
class SegmentedProjectionAdminApiTest extends ProjectionAdminApiTest {

    @Autowired
    private ProjectionNodes nodes;

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
}
