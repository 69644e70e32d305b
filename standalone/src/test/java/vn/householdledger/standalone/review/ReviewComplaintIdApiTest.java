package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;

/**
 * A review's household names its complaint by id, so that a client resolves it by that id: an open
 * complaint first, else the last resolved one. Written through the command side over HTTP.
 */
class ReviewComplaintIdApiTest extends ApiTest {

    private static final String VILLAGE = "Thôn Bắc";

    @Test
    void aHouseholdNamesItsOpenComplaintElseItsLastResolvedOne() {
        ReviewSteps steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
        UUID household = steps.household(VILLAGE);
        steps.posted(VILLAGE, List.of(household));
        assertThat(complaintOf(steps, household).get("complaintId").isNull()).as("no complaint yet").isTrue();

        String first = ok(steps.complain(household)).json().get("complaintId").asText();
        assertComplaint(steps, household, "OPEN", first);

        ok(steps.resolve(first, false));
        assertComplaint(steps, household, "REJECTED", first);

        String second = ok(steps.complain(household)).json().get("complaintId").asText();
        assertThat(second).isNotEqualTo(first);
        assertComplaint(steps, household, "OPEN", second);
    }

    private static void assertComplaint(ReviewSteps steps, UUID household, String state, String complaintId) {
        JsonNode found = complaintOf(steps, household);
        assertThat(found.get("complaint").asText()).as("complaint of %s", found).isEqualTo(state);
        assertThat(found.get("complaintId").asText()).as("complaint id of %s", found).isEqualTo(complaintId);
    }

    private static JsonNode complaintOf(ReviewSteps steps, UUID household) {
        JsonNode view = ok(steps.worker().consistent().get(steps.path(""))).json();
        for (JsonNode found : view.get("households")) {
            if (found.get("householdId").asText().equals(household.toString())) {
                return found;
            }
        }
        throw new AssertionError("Household " + household + " is not in " + view);
    }
}
