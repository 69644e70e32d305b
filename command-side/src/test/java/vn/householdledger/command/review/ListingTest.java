package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.ListingAnswer;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.events.review.HouseholdListedForReview;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.platform.problem.NotFound;

/** Listing a household: an open household of the review's commune, once, in the village it lives in. */
class ListingTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 10);
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aHouseholdIsListedWithItsVillageAndWhy() {
        fixture.given(opened())
                .when(new ListHousehold(REVIEW, BINH, ListingReason.APPLIED, TODAY))
                .expectEvents(new HouseholdListedForReview(REVIEW, BINH, THON_2, ListingReason.APPLIED, TODAY))
                .expectResultMessagePayload(new ListingAnswer(REVIEW, BINH, THON_2, ListingReason.APPLIED));
    }

    @Test
    void notInCommune() {
        fixture.given(opened())
                .when(new ListHousehold(REVIEW, OF_QUANG_TRUNG, ListingReason.REPORTED, TODAY))
                .expectException(violates(RuleCode.NOT_IN_COMMUNE))
                .expectNoEvents();
    }

    @Test
    void aHouseholdOfAUnitMergedIntoTheCommuneIsItsFromTheEffectiveDate() {
        AggregateTestFixture<Review> merged = ReviewFixtures.fixture(communes().merged("QUANG_TRUNG", "HA_LAN", TODAY));
        merged.given(opened())
                .when(new ListHousehold(REVIEW, OF_QUANG_TRUNG, ListingReason.REPORTED, TODAY))
                .expectEvents(new HouseholdListedForReview(REVIEW, OF_QUANG_TRUNG, THON_1, ListingReason.REPORTED, TODAY));
        merged.given(opened())
                .when(new ListHousehold(REVIEW, OF_QUANG_TRUNG, ListingReason.REPORTED, TODAY.minusDays(1)))
                .expectException(violates(RuleCode.NOT_IN_COMMUNE))
                .expectNoEvents();
    }

    @Test
    void alreadyInReview() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(new ListHousehold(REVIEW, AN, ListingReason.APPLIED, TODAY))
                .expectException(violates(RuleCode.ALREADY_IN_REVIEW))
                .expectNoEvents();
    }

    @Test
    void householdClosed() {
        fixture.given(opened())
                .when(new ListHousehold(REVIEW, CLOSED, ListingReason.ON_LIST, TODAY))
                .expectException(violates(RuleCode.HOUSEHOLD_CLOSED))
                .expectNoEvents();
    }

    @Test
    void reviewDecided() {
        fixture.given(opened(), new ReviewDecided(REVIEW, "HA_LAN", 2018, POSTING_ENDS_ON, "12/QĐ-UBND", List.of()))
                .when(new ListHousehold(REVIEW, BINH, ListingReason.ON_LIST, TODAY))
                .expectException(violates(RuleCode.REVIEW_DECIDED))
                .expectNoEvents();
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        fixture.given(opened())
                .when(new ListHousehold(REVIEW, UUID.randomUUID(), ListingReason.ON_LIST, TODAY))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
