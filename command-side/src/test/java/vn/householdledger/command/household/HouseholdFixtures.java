package vn.householdledger.command.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.InMemoryCommuneDirectory;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.standard.Explanation;

/** A household of Hà Lan (rural) and Bắc Sơn (urban), and a clock fixed on 2018-12-15 in Vietnam. */
final class HouseholdFixtures {

    static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID HEAD = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    static final UUID SPOUSE = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final LocalDate TODAY = LocalDate.of(2018, 12, 15);
    static final LocalDate REGISTERED_ON = LocalDate.of(2016, 3, 1);
    /** Why 650,000 a month in a rural commune is poor under VN_2016_2020: at or below the poverty line. */
    static final Explanation POOR_BY_INCOME = new Explanation("VN_2016_2020", Area.RURAL, 650_000,
            List.of(new Explanation.Comparison(Explanation.Line.POVERTY_LINE, 700_000, false)), null, null, Classification.POOR,
            PovertyBasis.BY_INCOME);
    /** {@link #POOR_BY_INCOME} as an answer says it off a request, in Vietnamese. */
    static final String POOR_BY_INCOME_IN_WORDS = "Thu nhập 650.000 đ ≤ chuẩn nghèo nông thôn 700.000 đ → hộ nghèo (theo thu nhập)";

    private HouseholdFixtures() {
    }

    static Member member(UUID id, Relation relation, String nationalId) {
        return new Member(id, relation == Relation.HEAD ? "Nguyễn Văn An" : "Lê Thị Bình",
                relation == Relation.HEAD ? Sex.MALE : Sex.FEMALE, LocalDate.of(1975, 5, 1), relation, nationalId, null, null, null);
    }

    static Member head() {
        return member(HEAD, Relation.HEAD, "038075000001");
    }

    static Member spouse() {
        return member(SPOUSE, Relation.SPOUSE, "038075000002");
    }

    static HouseholdRegistered registered() {
        return registeredOn(REGISTERED_ON);
    }

    /** The household registered on {@code day}: for a test of what only an older case can hold. */
    static HouseholdRegistered registeredOn(LocalDate day) {
        return new HouseholdRegistered(HOUSEHOLD, "HL-0001", "HA_LAN", "Thôn 1", "Số 1, thôn 1", List.of(head(), spouse()), day);
    }

    static RegisterHousehold register(List<Member> members) {
        return new RegisterHousehold(HOUSEHOLD, "HL-0001", "HA_LAN", "Thôn 1", "Số 1, thôn 1", members, REGISTERED_ON);
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2018-12-15T03:00:00Z"), BusinessCalendar.VIETNAM);
    }

    /**
     * A fixture with both communes known and the fixed clock, whose commands pass the uniqueness checks
     * against {@code registry} first, as on the command bus.
     */
    static AggregateTestFixture<Household> fixture(InMemoryHouseholdRegistry registry) {
        return fixture(registry, clock());
    }

    /** The same, with the clock on another day. */
    static AggregateTestFixture<Household> fixture(InMemoryHouseholdRegistry registry, Clock clock) {
        return fixture(registry, clock, communes());
    }

    /** Hà Lan (rural) and Bắc Sơn (urban), unchanged. */
    static InMemoryCommuneDirectory communes() {
        return new InMemoryCommuneDirectory().with("HA_LAN", Area.RURAL).with("BAC_SON", Area.URBAN);
    }

    /** The same, with the units of {@code communes}. */
    static AggregateTestFixture<Household> fixture(InMemoryHouseholdRegistry registry, Clock clock,
                                                   InMemoryCommuneDirectory communes) {
        AggregateTestFixture<Household> fixture = new AggregateTestFixture<>(Household.class);
        fixture.registerInjectableResource(communes);
        fixture.registerCommandHandlerInterceptor(new HouseholdUniqueness(registry));
        fixture.registerInjectableResource(clock);
        return fixture;
    }
}
