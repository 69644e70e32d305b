package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;

/**
 * The statistics count recognised statuses by business date: the decision process sends each decided
 * household's assessment dated on the decision day, with the review and the decision number, so a review's
 * households count in the commune table, the flows and the poverty list from the decision date, and not
 * before, however early they were surveyed, agreed and posted: a review of 2017 decided in January 2018
 * counts in 2018, not at the end of 2017.
 */
class ReviewDecisionStatisticsApiTest extends ReviewApiTest {

    @Test
    void aDecidedReviewsHouseholdsCountFromTheDecisionDateAndNotBefore() {
        UUID poor = household(HA_LAN, uniqueCode("SP"), "Thôn Thượng", "Lò Văn Sáng");
        UUID nearPoor = household(HA_LAN, uniqueCode("SC"), "Thôn Thượng", "Hà Thị Mến");
        UUID late = household(BAC_SON, uniqueCode("SL"), "Khu phố 2", "Chu Thị Lựu");
        Map<String, Long> before = figures();
        RecordedReview onTime = postedReview(HA_LAN, "Thôn Thượng", Map.of(poor, 600_000L, nearPoor, 850_000L));
        RecordedReview overdue = postedReview(BAC_SON, "Khu phố 2", Map.of(late, 600_000L));

        assertThat(figures()).as("surveyed, agreed and posted: nothing is recognised yet").isEqualTo(before);
        assertThat(listedToday()).doesNotContainKeys(poor.toString(), nearPoor.toString(), late.toString());

        onTime.decision(day("2017-12-20"), "77/QĐ-UBND");
        overdue.decision(day("2018-01-05"), "2/QĐ-UBND");

        Map<String, Long> after = figures();
        Map<String, Long> change = new HashMap<>();
        after.forEach((figure, value) -> change.put(figure, value - before.get(figure)));
        assertThat(change).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HA_LAN poorAtEnd 2016", 0L,
                "HA_LAN poorAtEnd 2017", 1L,
                "HA_LAN nearPoorAtEnd 2017", 1L,
                "HA_LAN poorAtStart 2018", 1L,
                "HA_LAN newlyPoor 2017", 1L,
                "BAC_SON poorAtEnd 2017", 0L,
                "BAC_SON poorAtStart 2018", 0L,
                "BAC_SON poorAtEnd 2018", 1L,
                "BAC_SON newlyPoor 2018", 1L));
        Map<String, JsonNode> listed = listedToday();
        assertListed(listed, poor, "POOR", "2017-12-20");
        assertListed(listed, nearPoor, "NEAR_POOR", "2017-12-20");
        assertListed(listed, late, "POOR", "2018-01-05");
    }

    /** A periodic review of 2017 of {@code commune}'s {@code village}, surveyed at the incomes given, agreed and posted. */
    private RecordedReview postedReview(String commune, String village, Map<UUID, Long> incomes) {
        RecordedReview review = openReview(commune, 2017, ReviewKind.PERIODIC, "2017-09-05");
        incomes.forEach((household, income) -> {
            review.list(household, village, ListingReason.APPLIED, day("2017-09-06"));
            review.survey(household, day("2017-09-20"), income, List.of(), true);
        });
        review.meeting(village, day("2017-10-02"), List.copyOf(incomes.keySet()), List.of());
        review.posting(day("2017-11-06"));
        return review;
    }

    /** The figures of the commune table and the flows that the decisions move, or must not. */
    private Map<String, Long> figures() {
        Map<String, Long> figures = new HashMap<>();
        figures.put("HA_LAN poorAtEnd 2016", figure("communes", 2016, HA_LAN, "poorAtEnd"));
        figures.put("HA_LAN poorAtEnd 2017", figure("communes", 2017, HA_LAN, "poorAtEnd"));
        figures.put("HA_LAN nearPoorAtEnd 2017", figure("communes", 2017, HA_LAN, "nearPoorAtEnd"));
        figures.put("HA_LAN poorAtStart 2018", figure("communes", 2018, HA_LAN, "poorAtStart"));
        figures.put("HA_LAN newlyPoor 2017", figure("flows", 2017, HA_LAN, "newlyPoor"));
        figures.put("BAC_SON poorAtEnd 2017", figure("communes", 2017, BAC_SON, "poorAtEnd"));
        figures.put("BAC_SON poorAtStart 2018", figure("communes", 2018, BAC_SON, "poorAtStart"));
        figures.put("BAC_SON poorAtEnd 2018", figure("communes", 2018, BAC_SON, "poorAtEnd"));
        figures.put("BAC_SON newlyPoor 2018", figure("flows", 2018, BAC_SON, "newlyPoor"));
        return figures;
    }

    private long figure(String table, int year, String commune, String column) {
        JsonNode answer = api.as("committee").consistent().get("/api/statistics/" + table + "?year=" + year).json();
        for (JsonNode row : answer.get("rows")) {
            if (row.get("communeCode").asText().equals(commune)) {
                return row.get(column).asLong();
            }
        }
        throw new AssertionError("No row for " + commune + " in " + table + " of " + year + ": " + answer);
    }

    /** The poverty lists of Hà Lan and Bắc Sơn today, every page, by household id. */
    private Map<String, JsonNode> listedToday() {
        Map<String, JsonNode> listed = new HashMap<>();
        for (String commune : List.of(HA_LAN, BAC_SON)) {
            for (int page = 0; ; page++) {
                JsonNode answer = api.as("committee").consistent()
                        .get("/api/poverty-list?commune=" + commune + "&size=1000&page=" + page).json();
                answer.get("items").forEach(item -> listed.put(item.get("householdId").asText(), item));
                if (answer.get("items").size() < 1000) {
                    break;
                }
            }
        }
        return listed;
    }

    private static void assertListed(Map<String, JsonNode> listed, UUID household, String status, String since) {
        assertThat(listed).containsKey(household.toString());
        assertThat(listed.get(household.toString()).get("status").asText()).isEqualTo(status);
        assertThat(listed.get(household.toString()).get("since").asText()).isEqualTo(since);
    }
}
