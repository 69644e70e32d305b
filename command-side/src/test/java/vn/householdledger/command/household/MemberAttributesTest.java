package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.invalid;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;

/** A member's ethnic group, disability and meritorious service: recorded at registration and joining, corrected by a command of its own. */
class MemberAttributesTest {

    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000b003");
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = HouseholdFixtures.fixture(new InMemoryHouseholdRegistry());
    }

    private static Member muong(UUID id, Relation relation, YesNoUnknown disability) {
        return new Member(id, "Bùi Thị Nhung", Sex.FEMALE, LocalDate.of(1980, 1, 2), relation, null, "06", disability,
                YesNoUnknown.NO);
    }

    @Test
    void aRegistrationRecordsItsMembersAttributes() {
        Member head = muong(HEAD, Relation.HEAD, YesNoUnknown.YES);
        fixture.givenNoPriorActivity()
                .when(register(List.of(head)))
                .expectEvents(new HouseholdRegistered(HOUSEHOLD, "HL-0001", "HA_LAN", "Thôn 1", "Số 1, thôn 1", List.of(head),
                        REGISTERED_ON));
    }

    @Test
    void aMemberWhoseAttributesAreNotGivenIsRecordedAsUnknownNeverAsNo() {
        Member recorded = new Member(HEAD, "Nguyễn Văn An", Sex.MALE, LocalDate.of(1975, 5, 1), Relation.HEAD, null, null,
                YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN);
        fixture.givenNoPriorActivity()
                .when(register(List.of(member(HEAD, Relation.HEAD, null))))
                .expectEvents(new HouseholdRegistered(HOUSEHOLD, "HL-0001", "HA_LAN", "Thôn 1", "Số 1, thôn 1", List.of(recorded),
                        REGISTERED_ON));
    }

    @Test
    void aJoiningMemberBringsTheirAttributes() {
        Member child = muong(CHILD, Relation.CHILD, YesNoUnknown.NO);
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, child, DAY))
                .expectEvents(new MemberJoined(HOUSEHOLD, child, DAY));
    }

    @Test
    void aPresentMembersAttributesAreCorrected() {
        fixture.given(registered())
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .expectEvents(new MemberAttributesCorrected(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY));
    }

    @Test
    void aCorrectionReplacesAllThreeAttributesAnAbsentOneBecomingUnknown() {
        fixture.given(registered(), new MemberAttributesCorrected(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "01", null, null, DAY))
                .expectEvents(new MemberAttributesCorrected(HOUSEHOLD, SPOUSE, "01", YesNoUnknown.UNKNOWN, YesNoUnknown.UNKNOWN, DAY));
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        fixture.given(registered(), new MemberAttributesCorrected(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theNewHeadKeepsTheirCorrectedAttributes() {
        fixture.given(registered(), new MemberAttributesCorrected(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY),
                        new MemberDeparted(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, SPOUSE),
                        new HeadChanged(HOUSEHOLD, SPOUSE, "Lê Thị Bình", DAY, null))
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .expectNoEvents();
    }

    @Test
    void onlyAPresentMemberIsCorrected() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, DAY, null))
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .expectException(invalid("memberId"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsNotDatedInTheFuture() {
        fixture.given(registered())
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, TODAY.plusDays(1)))
                .expectException(invalid("correctedOn"))
                .expectNoEvents();
    }

    @Test
    void aClosedHouseholdTakesNoCorrection() {
        fixture.given(registered(), new HouseholdClosed(HOUSEHOLD, ClosureReason.MOVED_AWAY, DAY))
                .when(new CorrectMemberAttributes(HOUSEHOLD, SPOUSE, "06", YesNoUnknown.YES, YesNoUnknown.NO, DAY))
                .expectException(violates(RuleCode.HOUSEHOLD_CLOSED))
                .expectNoEvents();
    }
}
