package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.SurveyAnswer;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ComplaintResolved;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.standard.Explanation;

/** A survey proposes a class by the review's standard, as an assessment is classified; a new one replaces it. */
class SurveyTest {

    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static SurveyHousehold survey(LocalDate on, long income, List<String> deprivations) {
        return new SurveyHousehold(REVIEW, AN, on, income, deprivations, List.of(PovertyCause.LACK_CAPITAL), true);
    }

    @Test
    void theReviewsStandardProposesTheClassAndSaysWhy() {
        Explanation explanation = new Explanation("VN_2016_2020", Area.RURAL, 900_000,
                List.of(new Explanation.Comparison(Explanation.Line.NEAR_POOR_LINE, 1_000_000, false)), 3, 3, Classification.POOR,
                PovertyBasis.BY_LACK_OF_BASIC_SERVICES);
        List<String> deprivations = List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DRINKING_WATER");
        fixture.given(opened(), listed(AN, THON_1))
                .when(survey(SURVEYED_ON, 900_000, deprivations))
                .expectEvents(new HouseholdSurveyed(REVIEW, AN, SURVEYED_ON, 900_000, deprivations, List.of(PovertyCause.LACK_CAPITAL),
                        true, "VN_2016_2020", Area.RURAL, Classification.POOR, PovertyBasis.BY_LACK_OF_BASIC_SERVICES, explanation))
                .expectResultMessagePayload(new SurveyAnswer(Classification.POOR, "VN_2016_2020", PovertyBasis.BY_LACK_OF_BASIC_SERVICES,
                        "Thu nhập 900.000 đ ≤ chuẩn cận nghèo nông thôn 1.000.000 đ; 3 chỉ số thiếu hụt (≥ 3) → hộ nghèo"
                                + " (thiếu hụt dịch vụ xã hội cơ bản)"));
    }

    @Test
    void aNewSurveyTakesBackTheAgreementOfTheOneBefore() {
        fixture.given(anAgreed())
                .andGiven(surveyed(AN, MET_ON.plusDays(1)))
                .when(new PostReview(REVIEW, POSTED_ON))
                .expectException(violates(RuleCode.NOT_AGREED))
                .expectNoEvents();
    }

    @Test
    void notInReview() {
        fixture.given(opened(), listed(BINH, THON_2))
                .when(survey(SURVEYED_ON, 650_000, List.of()))
                .expectException(violates(RuleCode.NOT_IN_REVIEW))
                .expectNoEvents();
    }

    @Test
    void reviewPosted() {
        fixture.given(anPosted())
                .when(survey(POSTED_ON.plusDays(1), 650_000, List.of()))
                .expectException(violates(RuleCode.REVIEW_POSTED))
                .expectNoEvents();
    }

    @Test
    void aComplaintUpheldOpensThePostedResultsToANewSurvey() {
        fixture.given(anPosted())
                .andGiven(new ComplaintReceived(REVIEW, COMPLAINT, AN, POSTED_ON, "Hộ có thu nhập cao hơn"),
                        new ComplaintResolved(REVIEW, COMPLAINT, AN, POSTING_ENDS_ON, true, "Khảo sát lại"))
                .when(survey(POSTING_ENDS_ON, 1_200_000, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reviewDecided() {
        fixture.given(anPosted())
                .andGiven(new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, "12/QĐ-UBND", List.of()))
                .when(survey(POSTING_ENDS_ON, 650_000, List.of()))
                .expectException(violates(RuleCode.REVIEW_DECIDED))
                .expectNoEvents();
    }

    @Test
    void tooManyCauses() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(new SurveyHousehold(REVIEW, AN, SURVEYED_ON, 650_000, List.of(),
                        List.of(PovertyCause.LACK_CAPITAL, PovertyCause.LACK_LAND, PovertyCause.LACK_JOBS), true))
                .expectException(violates(RuleCode.TOO_MANY_CAUSES))
                .expectNoEvents();
    }

    @Test
    void aDeprivationIsOneOfTheReviewsStandard() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(survey(SURVEYED_ON, 650_000, List.of("NUTRITION")))
                .expectException(invalid("deprivations"))
                .expectNoEvents();
    }

    @Test
    void aSurveyIsNotDatedBeforeTheReviewOrTheHouseholdsPreviousSurvey() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(survey(OPENED_ON.minusDays(1), 650_000, List.of()))
                .expectException(invalid("surveyedOn"));
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(survey(SURVEYED_ON.minusDays(1), 650_000, List.of()))
                .expectException(invalid("surveyedOn"))
                .expectNoEvents();
    }
}
