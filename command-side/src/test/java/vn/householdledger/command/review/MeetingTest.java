package vn.householdledger.command.review;

import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;
import static vn.householdledger.command.review.ReviewFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.review.MeetingAnswer;
import vn.householdledger.events.review.VillageMeetingHeld;

/** A village's meeting agrees or disputes the standing surveys of its own listed households. */
class MeetingTest {

    private static final UUID CUONG = UUID.fromString("00000000-0000-0000-0000-0000000a0005");
    private static final List<String> ATTENDEES = List.of("Trưởng thôn Lê Văn Cường", "Nguyễn Thị Hoa");
    private AggregateTestFixture<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static HoldVillageMeeting meeting(String village, LocalDate on, List<UUID> agreed, List<VillageMeetingHeld.Dispute> disputed) {
        return new HoldVillageMeeting(REVIEW, MEETING, village, on, ATTENDEES, agreed, disputed);
    }

    @Test
    void theMeetingAgreesSomeProposalsAndDisputesOthersWithANote() {
        List<VillageMeetingHeld.Dispute> disputed = List.of(new VillageMeetingHeld.Dispute(CUONG, "Hộ mới mua xe máy"));
        fixture.given(opened(), listed(AN, THON_1), listed(CUONG, THON_1), surveyed(AN, SURVEYED_ON), surveyed(CUONG, SURVEYED_ON))
                .when(meeting(THON_1, MET_ON, List.of(AN), disputed))
                .expectEvents(new VillageMeetingHeld(REVIEW, MEETING, THON_1, MET_ON, ATTENDEES, List.of(AN), disputed))
                .expectResultMessagePayload(new MeetingAnswer(REVIEW, MEETING, THON_1, 1, 1));
    }

    @Test
    void theVillageIsRecognisedHoweverItsCaseWasTyped() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(meeting(" thôn 1 ", MET_ON, List.of(AN), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void notSurveyed() {
        fixture.given(opened(), listed(AN, THON_1))
                .when(meeting(THON_1, MET_ON, List.of(AN), List.of()))
                .expectException(violates(RuleCode.NOT_SURVEYED))
                .expectNoEvents();
    }

    @Test
    void notInReview() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(meeting(THON_1, MET_ON, List.of(AN, CUONG), List.of()))
                .expectException(violates(RuleCode.NOT_IN_REVIEW))
                .expectNoEvents();
    }

    @Test
    void aMeetingNamesOnlyTheHouseholdsOfItsOwnVillage() {
        fixture.given(opened(), listed(BINH, THON_2), surveyed(BINH, SURVEYED_ON))
                .when(meeting(THON_1, MET_ON, List.of(BINH), List.of()))
                .expectException(violates(RuleCode.NOT_IN_REVIEW))
                .expectNoEvents();
    }

    @Test
    void aDisputedHouseholdNeedsANewSurveyBeforeAMeetingAgreesIt() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON), disputed(THON_1, MET_ON, AN))
                .when(meeting(THON_1, MET_ON.plusDays(7), List.of(AN), List.of()))
                .expectException(violates(RuleCode.NOT_SURVEYED))
                .expectNoEvents();
    }

    @Test
    void aDisputedHouseholdSurveyedAgainIsAgreedByALaterMeeting() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON), disputed(THON_1, MET_ON, AN),
                        surveyed(AN, MET_ON.plusDays(3)))
                .when(meeting(THON_1, MET_ON.plusDays(7), List.of(AN), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMeetingAgreesOnlyASurveyMadeBeforeIt() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, MET_ON.plusDays(1)))
                .when(meeting(THON_1, MET_ON, List.of(AN), List.of()))
                .expectException(violates(RuleCode.NOT_SURVEYED))
                .expectNoEvents();
    }

    @Test
    void postedResultsAreNotMetAboutAgainUntilAComplaintIsUpheld() {
        fixture.given(anPosted())
                .when(meeting(THON_1, POSTED_ON.plusDays(1), List.of(AN), List.of()))
                .expectException(violates(RuleCode.REVIEW_POSTED))
                .expectNoEvents();
    }

    @Test
    void aMeetingAgreesOrDisputesSomeoneAndNoOneTwice() {
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(meeting(THON_1, MET_ON, List.of(), List.of()))
                .expectException(invalid("agreed"))
                .expectNoEvents();
        fixture.given(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON))
                .when(meeting(THON_1, MET_ON, List.of(AN), List.of(new VillageMeetingHeld.Dispute(AN, "Không thống nhất"))))
                .expectException(invalid("disputed"))
                .expectNoEvents();
    }
}
