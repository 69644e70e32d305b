package vn.householdledger.standalone.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.householdledger.query.projection.HandledTypes;
import vn.householdledger.query.projection.PassedOver;
import vn.householdledger.standalone.ApiTest;

/**
 * A segment another node holds, whose stored token stands below a read's position: it has reached the
 * position when the events between are all of other households or of types its projection does not
 * handle, and not when one of them is its own.
 */
@TestPropertySource(properties = "ledger.projections.segments=4")
class PassedOverApiTest extends ApiTest {

    private static final int[] FOUR = {0, 1, 2, 3};

    @Autowired
    private PassedOver passedOver;
    @Autowired
    private HandledTypes types;

    @Test
    void aSegmentIsBehindOnlyOnTheEventsOfItsOwnHouseholdsThatItsProjectionHandles() {
        long before = head();
        UUID household = registerHousehold(HA_LAN);
        long after = head();
        List<String> payloadTypes = jdbc.queryForList("SELECT DISTINCT payload_type FROM event_store.domain_event_entry"
                + " WHERE global_index > ? AND global_index <= ?", String.class, before, after);
        assertThat(payloadTypes).allMatch(type -> types.handles("household-view", type))
                .noneMatch(type -> types.handles("targets", type));
        int own = household.toString().hashCode() & 3;

        assertThat(passedOver.only(List.of(behind("household-view", own, before)), after)).isFalse();
        assertThat(passedOver.only(List.of(behind("household-view", (own + 1) & 3, before)), after)).isTrue();
        assertThat(passedOver.only(List.of(behind("targets", own, before)), after)).isTrue();
        assertThat(passedOver.only(List.of(behind("household-view", own, after - 1)), after))
                .as("the last event, of its household, is one it handles").isFalse();
        assertThat(passedOver.only(List.of(behind("targets", own, before), behind("household-view", own, before)), after)).isFalse();
        assertThat(passedOver.only(List.of(behind("targets", own, after)), after + 1)).as("a position no event has").isFalse();
    }

    @Test
    void aSegmentTooFarBehindIsTakenAsBehindWithoutLooking() {
        long after = head();
        assertThat(passedOver.only(List.of(behind("targets", 0, after - 1_001)), after)).isFalse();
    }

    private static PassedOver.Behind behind(String projection, int segment, long index) {
        return new PassedOver.Behind(projection, segment, FOUR, index);
    }

    private long head() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry", Long.class);
    }
}
