package vn.householdledger.command.household;

import static vn.householdledger.command.household.HouseholdFixtures.*;
import static vn.householdledger.command.household.Refusals.violates;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

class MembersTest {

    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000b003");
    private static final LocalDate DAY = LocalDate.of(2018, 6, 1);
    private InMemoryHouseholdRegistry registry;
    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryHouseholdRegistry();
        fixture = HouseholdFixtures.fixture(registry);
    }

    @Test
    void aMemberJoins() {
        Member child = member(CHILD, Relation.CHILD, null);
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, child, DAY))
                .expectEvents(new MemberJoined(HOUSEHOLD, child, DAY));
    }

    @Test
    void aSecondHeadCannotJoin() {
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, member(CHILD, Relation.HEAD, null), DAY))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aMemberIdIsNeverReused() {
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, member(SPOUSE, Relation.CHILD, null), DAY))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aJoiningMembersNationalIdMustBeFreeInOtherOpenHouseholds() {
        registry.withNationalId("038099000009", UUID.randomUUID());
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, member(CHILD, Relation.CHILD, "038099000009"), DAY))
                .expectException(violates(RuleCode.DUPLICATE_NATIONAL_ID))
                .expectExceptionMessage("National id 038099000009 belongs to a member of another open household")
                .expectNoEvents();
    }

    @Test
    void aNationalIdOfThisHouseholdIsRefusedByTheHouseholdItself() {
        registry.withNationalId(head().nationalId(), HOUSEHOLD);
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, member(CHILD, Relation.CHILD, head().nationalId()), DAY))
                .expectException(violates(RuleCode.DUPLICATE_NATIONAL_ID))
                .expectExceptionMessage("A member of this household already has national id " + head().nationalId())
                .expectNoEvents();
    }

    @Test
    void aMemberOtherThanTheHeadDeparts() {
        fixture.given(registered())
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.DIED, DAY, null))
                .expectEvents(new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.DIED, DAY, null));
    }

    @Test
    void theHeadDepartsOnlyWhenTheCommandNamesTheNewHead() {
        fixture.given(registered())
                .when(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("newHeadMemberId: must name another present member when the head departs")
                .expectNoEvents();
    }

    @Test
    void theHeadDepartsNamingANewHead() {
        fixture.given(registered())
                .when(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, SPOUSE))
                .expectEvents(new MemberDeparted(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, SPOUSE),
                        new HeadChanged(HOUSEHOLD, SPOUSE, spouse().fullName(), DAY, null));
    }

    @Test
    void aPresentMemberBecomesTheHeadAndTheFormerHeadStays() {
        fixture.given(registered())
                .when(new ChangeHead(HOUSEHOLD, SPOUSE, DAY))
                .expectEvents(new HeadChanged(HOUSEHOLD, SPOUSE, spouse().fullName(), DAY, Relation.OTHER));
    }

    @Test
    void afterAHeadChangeTheFormerHeadDepartsAsAnyMember() {
        fixture.given(registered(), new HeadChanged(HOUSEHOLD, SPOUSE, spouse().fullName(), DAY, Relation.OTHER))
                .when(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.MOVED_OUT, DAY, null))
                .expectEvents(new MemberDeparted(HOUSEHOLD, HEAD, DepartureReason.MOVED_OUT, DAY, null));
    }

    @Test
    void afterAHeadChangeTheNewHeadDepartsOnlyNamingASuccessor() {
        fixture.given(registered(), new HeadChanged(HOUSEHOLD, SPOUSE, spouse().fullName(), DAY, Relation.OTHER))
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.DIED, DAY, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void theHeadCannotBecomeTheHeadAgain() {
        fixture.given(registered())
                .when(new ChangeHead(HOUSEHOLD, HEAD, DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("memberId: is the head already")
                .expectNoEvents();
    }

    @Test
    void onlyAPresentMemberBecomesTheHead() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, DAY, null))
                .when(new ChangeHead(HOUSEHOLD, SPOUSE, DAY))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("memberId: is not a present member of this household")
                .expectNoEvents();
    }

    @Test
    void aHeadChangeIsNotDatedBeforeTheRegistration() {
        fixture.given(registered())
                .when(new ChangeHead(HOUSEHOLD, SPOUSE, registered().registeredOn().minusDays(1)))
                .expectException(violates(RuleCode.DATED_BEFORE_REGISTRATION))
                .expectNoEvents();
    }

    @Test
    void theNewHeadMustBeAPresentMember() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, DAY, null),
                        new MemberJoined(HOUSEHOLD, member(CHILD, Relation.CHILD, null), DAY))
                .when(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, SPOUSE))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aNewHeadIsNamedOnlyWhenTheHeadDeparts() {
        fixture.given(registered())
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.MARRIED_OUT, DAY, HEAD))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anAbsentMemberCannotDepart() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, DAY, null),
                        new MemberJoined(HOUSEHOLD, member(CHILD, Relation.CHILD, null), DAY))
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.DIED, DAY, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void theLastMemberCannotDepart() {
        fixture.given(registered(), new MemberDeparted(HOUSEHOLD, SPOUSE, DepartureReason.MOVED_OUT, DAY, null))
                .when(new RecordDeparture(HOUSEHOLD, HEAD, DepartureReason.DIED, DAY, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDepartureDateInTheFutureIsRefused() {
        fixture.given(registered())
                .when(new RecordDeparture(HOUSEHOLD, SPOUSE, DepartureReason.DIED, TODAY.plusDays(1), null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
