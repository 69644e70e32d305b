package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

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
 * counts in 2018, not at the end of 2017. Each review is of a commune of the test's own, whose figures move by
 * its households alone.
 */
class ReviewDecisionStatisticsApiTest extends ReviewApiTest {

    @Test
    void aDecidedReviewsHouseholdsCountFromTheDecisionDateAndNotBefore() {
        ReviewSteps onTime = freshCommune();
        ReviewSteps overdue = ReviewSteps.inAFreshCommune(api, port, jdbc, "trung", "chu-tich-trung");
        UUID poor = onTime.household(uniqueCode("SP"), "Thôn Thượng", "Lò Văn Sáng");
        UUID nearPoor = onTime.household(uniqueCode("SC"), "Thôn Thượng", "Hà Thị Mến");
        UUID late = overdue.household(uniqueCode("SL"), "Khu phố 2", "Chu Thị Lựu");
        Map<String, Long> before = figures(onTime.commune, overdue.commune);
        postedReview(onTime, "Thôn Thượng", Map.of(poor, 600_000L, nearPoor, 850_000L));
        postedReview(overdue, "Khu phố 2", Map.of(late, 600_000L));

        assertThat(figures(onTime.commune, overdue.commune)).as("surveyed, agreed and posted: nothing is recognised yet")
                .isEqualTo(before);
        assertThat(listedToday(onTime.commune, overdue.commune)).doesNotContainKeys(poor.toString(), nearPoor.toString(), late.toString());

        ok(onTime.decide(day("2017-12-20"), "77/QĐ-UBND"));
        ok(overdue.decide(day("2018-01-05"), "2/QĐ-UBND"));
        onTime.awaitDecisionReachedItsHouseholds();
        overdue.awaitDecisionReachedItsHouseholds();

        Map<String, Long> after = figures(onTime.commune, overdue.commune);
        Map<String, Long> change = new HashMap<>();
        after.forEach((figure, value) -> change.put(figure, value - before.get(figure)));
        assertThat(change).containsExactlyInAnyOrderEntriesOf(Map.of(
                "on time poorAtEnd 2016", 0L,
                "on time poorAtEnd 2017", 1L,
                "on time nearPoorAtEnd 2017", 1L,
                "on time poorAtStart 2018", 1L,
                "on time newlyPoor 2017", 1L,
                "overdue poorAtEnd 2017", 0L,
                "overdue poorAtStart 2018", 0L,
                "overdue poorAtEnd 2018", 1L,
                "overdue newlyPoor 2018", 1L));
        Map<String, JsonNode> listed = listedToday(onTime.commune, overdue.commune);
        assertListed(listed, poor, "POOR", "2017-12-20");
        assertListed(listed, nearPoor, "NEAR_POOR", "2017-12-20");
        assertListed(listed, late, "POOR", "2018-01-05");
    }

    /**
     * A periodic review of 2017 of the commune's {@code village}, surveyed at the incomes given, agreed and posted;
     * past its due day, it is marked overdue by the scheduler before it is decided.
     */
    private static void postedReview(ReviewSteps steps, String village, Map<UUID, Long> incomes) {
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-05")));
        incomes.forEach((household, income) -> {
            ok(steps.list(household, ListingReason.APPLIED));
            ok(steps.survey(household, day("2017-09-20"), income));
        });
        ok(steps.meet(village, day("2017-10-02"), List.copyOf(incomes.keySet()), List.of()));
        ok(steps.post(day("2017-11-06")));
        steps.awaitOverdue();
    }

    /** The figures of the commune table and the flows that the decisions move, or must not. */
    private Map<String, Long> figures(String onTime, String overdue) {
        Map<String, Long> figures = new HashMap<>();
        figures.put("on time poorAtEnd 2016", figure("communes", 2016, onTime, "poorAtEnd"));
        figures.put("on time poorAtEnd 2017", figure("communes", 2017, onTime, "poorAtEnd"));
        figures.put("on time nearPoorAtEnd 2017", figure("communes", 2017, onTime, "nearPoorAtEnd"));
        figures.put("on time poorAtStart 2018", figure("communes", 2018, onTime, "poorAtStart"));
        figures.put("on time newlyPoor 2017", figure("flows", 2017, onTime, "newlyPoor"));
        figures.put("overdue poorAtEnd 2017", figure("communes", 2017, overdue, "poorAtEnd"));
        figures.put("overdue poorAtStart 2018", figure("communes", 2018, overdue, "poorAtStart"));
        figures.put("overdue poorAtEnd 2018", figure("communes", 2018, overdue, "poorAtEnd"));
        figures.put("overdue newlyPoor 2018", figure("flows", 2018, overdue, "newlyPoor"));
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

    /** The poverty lists of the communes today, every page, by household id. */
    private Map<String, JsonNode> listedToday(String... communes) {
        Map<String, JsonNode> listed = new HashMap<>();
        for (String commune : communes) {
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
