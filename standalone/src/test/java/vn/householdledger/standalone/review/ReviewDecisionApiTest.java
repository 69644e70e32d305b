package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.review.ReviewSteps.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.security.Role;
import vn.householdledger.command.review.DecideReview;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * The chair's decision reaches each household it recognises through the household's own events: an
 * assessment effective on the decision date, naming the review and the decision, recorded by the system
 * job {@code review-decision}.
 */
class ReviewDecisionApiTest extends ApiTest {

    private static final String THON_DONG = "Thôn Đông";
    private static final String THON_TAY = "Thôn Tây";
    @Autowired
    private CommandGateway commands;
    private ReviewSteps steps;

    @BeforeEach
    void freshCommune() {
        steps = ReviewSteps.inAFreshCommune(api, port, jdbc);
    }

    @Test
    void eachRecognisedHouseholdIsAssessedOnceEffectiveOnTheDecisionDate() {
        UUID an = steps.household(THON_DONG);
        UUID binh = steps.household(THON_DONG);
        UUID cuong = steps.household(THON_TAY);
        steps.open();
        for (UUID household : List.of(an, binh, cuong)) {
            ok(steps.list(household));
            ok(steps.survey(household));
        }
        ok(steps.meet(THON_DONG, List.of(an, binh), List.of()));
        ok(steps.worker().post(steps.path("/meetings"), ReviewSteps.meeting(THON_TAY, MET_ON, List.of(cuong), List.of())));
        ok(steps.post(POSTED_ON));

        ok(steps.decide(POSTING_ENDS_ON));
        steps.awaitDecisionReachedItsHouseholds();

        for (UUID household : List.of(an, binh, cuong)) {
            List<JsonNode[]> assessments = assessmentsOf(household);
            assertThat(assessments).as("assessments of %s by the review", household).hasSize(1);
            JsonNode payload = assessments.get(0)[0];
            assertThat(payload.get("assessedOn").asText()).isEqualTo(POSTING_ENDS_ON.toString());
            assertThat(payload.get("decisionNumber").asText()).isEqualTo(DECISION_NUMBER);
            assertThat(payload.get("kind").asText()).isEqualTo("AD_HOC");
            assertThat(payload.get("standard").asText()).isEqualTo("VN_2021_2025");
            assertThat(payload.get("classification").asText()).isEqualTo("POOR");
            assertThat(payload.get("incomePerCapitaMonthly").asLong()).isEqualTo(1_200_000);
            assertThat(assessments.get(0)[1].get("recordedBy").asText()).isEqualTo("review-decision");
            assertThat(assessments.get(0)[1].has("requestId")).isTrue();

            JsonNode read = api.as("auditor").consistent().get("/api/households/" + household).json();
            assertThat(read.get("status").asText()).as("status of %s", household).isEqualTo("POOR");
        }
        assertThat(stepStates()).containsOnlyKeys("ASSESSED").containsEntry("ASSESSED", 3L);
    }

    @Test
    void aHouseholdClosedSinceItsSurveyRefusesTheDecisionAndTheOthersAreAssessed() {
        UUID staying = steps.household(THON_DONG);
        UUID leaving = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(staying, leaving));
        ok(steps.worker().post("/api/households/" + leaving + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2025-07-05")));

        ok(steps.decide(POSTING_ENDS_ON));
        steps.awaitDecisionReachedItsHouseholds();

        assertThat(assessmentsOf(staying)).hasSize(1);
        assertThat(assessmentsOf(leaving)).isEmpty();
        assertThat(stepStates()).containsEntry("ASSESSED", 1L).containsEntry("REFUSED", 1L);
        assertThat(jdbc.queryForObject("SELECT refusal FROM command_side.review_decision_step WHERE household_id = ?",
                String.class, leaving)).contains("closed");
    }

    @Test
    void aDecisionTheDemoMadeUpMakesMadeUpAssessments() {
        UUID household = steps.household(THON_DONG);
        steps.posted(THON_DONG, List.of(household));

        Caller.asSystem("demo", Set.of(Role.CHAIR), Set.of(steps.commune), () -> commands.sendAndWait(GenericCommandMessage
                .asCommandMessage(new DecideReview(steps.review, POSTING_ENDS_ON, DECISION_NUMBER))
                .andMetaData(Provenance.simulated())));
        steps.awaitDecisionReachedItsHouseholds();

        List<JsonNode[]> assessments = assessmentsOf(household);
        assertThat(assessments).hasSize(1);
        assertThat(assessments.get(0)[1].get(Provenance.KEY).asText()).isEqualTo(Provenance.SIMULATED);
    }

    /** Each of the household's assessments by this review: its payload and its metadata. */
    private List<JsonNode[]> assessmentsOf(UUID household) {
        return jdbc.query("""
                        SELECT convert_from(payload, 'UTF8'), convert_from(meta_data, 'UTF8')
                          FROM event_store.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = 'vn.householdledger.events.household.HouseholdAssessed'
                           AND convert_from(payload, 'UTF8')::jsonb ->> 'reviewId' = ?""",
                (rs, i) -> new JsonNode[] {read(rs.getString(1)), read(rs.getString(2))},
                household.toString(), steps.review.toString());
    }

    private Map<String, Long> stepStates() {
        Map<String, Long> states = new TreeMap<>();
        jdbc.query("SELECT state, count(*) FROM command_side.review_decision_step WHERE review_id = ? GROUP BY state",
                rs -> {
                    states.put(rs.getString(1), rs.getLong(2));
                }, steps.review);
        return states;
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
