package vn.householdledger.command.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyBasis;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.command.commune.InMemoryCommuneDirectory;
import vn.householdledger.command.household.InMemoryHouseholdRegistry;
import vn.householdledger.events.review.HouseholdListedForReview;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.events.review.ReviewPosted;
import vn.householdledger.events.review.VillageMeetingHeld;
import vn.householdledger.standard.PovertyStandards;

/**
 * Hà Lan's (rural) periodic review of 2018, under VN_2016_2020, its households in two villages, and a clock
 * fixed on 2018-12-10 in Vietnam, before the review's due day.
 */
final class ReviewFixtures {

    static final UUID REVIEW = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    /** Of Thôn 1, Hà Lan. */
    static final UUID AN = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    /** Of Thôn 2, Hà Lan. */
    static final UUID BINH = UUID.fromString("00000000-0000-0000-0000-0000000a0002");
    static final UUID OF_QUANG_TRUNG = UUID.fromString("00000000-0000-0000-0000-0000000a0003");
    static final UUID CLOSED = UUID.fromString("00000000-0000-0000-0000-0000000a0004");
    static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-0000000b0001");
    static final UUID COMPLAINT = UUID.fromString("00000000-0000-0000-0000-0000000c0001");
    static final String THON_1 = "Thôn 1";
    static final String THON_2 = "Thôn 2";
    static final LocalDate OPENED_ON = LocalDate.of(2018, 9, 3);
    static final LocalDate SURVEYED_ON = LocalDate.of(2018, 10, 1);
    static final LocalDate MET_ON = LocalDate.of(2018, 10, 15);
    /** A Thursday: the posting ends on the Tuesday after. */
    static final LocalDate POSTED_ON = LocalDate.of(2018, 11, 1);
    static final LocalDate POSTING_ENDS_ON = LocalDate.of(2018, 11, 6);
    static final Instant NOW = Instant.parse("2018-12-10T03:00:00Z");

    private ReviewFixtures() {
    }

    static AggregateTestFixture<Review> fixture() {
        return fixture(communes());
    }

    /** Hà Lan and Quang Trung, rural, unchanged. */
    static InMemoryCommuneDirectory communes() {
        return new InMemoryCommuneDirectory().with("HA_LAN", Area.RURAL).with("QUANG_TRUNG", Area.RURAL);
    }

    static AggregateTestFixture<Review> fixture(InMemoryCommuneDirectory communes) {
        AggregateTestFixture<Review> fixture = new AggregateTestFixture<>(Review.class);
        fixture.registerInjectableResource(communes);
        fixture.registerInjectableResource(new InMemoryHouseholdRegistry()
                .withPlacement(AN, "HA_LAN", THON_1, true)
                .withPlacement(BINH, "HA_LAN", THON_2, true)
                .withPlacement(OF_QUANG_TRUNG, "QUANG_TRUNG", THON_1, true)
                .withPlacement(CLOSED, "HA_LAN", THON_1, false));
        fixture.registerInjectableResource(Clock.fixed(NOW, BusinessCalendar.VIETNAM));
        return fixture;
    }

    static ReviewOpened opened() {
        return new ReviewOpened(REVIEW, "HA_LAN", 2018, ReviewKind.PERIODIC, "VN_2016_2020", 2019, OPENED_ON);
    }

    static HouseholdListedForReview listed(UUID household, String village) {
        return new HouseholdListedForReview(REVIEW, household, village, ListingReason.ON_LIST, OPENED_ON);
    }

    /** A survey that proposes POOR by income (650,000 a month, rural). */
    static HouseholdSurveyed surveyed(UUID household, LocalDate on) {
        return new HouseholdSurveyed(REVIEW, household, on, 650_000, List.of("HOUSING_QUALITY"), List.of(PovertyCause.LACK_CAPITAL),
                true, "VN_2016_2020", Area.RURAL, Classification.POOR, PovertyBasis.BY_INCOME,
                PovertyStandards.byCode("VN_2016_2020").orElseThrow().classify(650_000, Set.of("HOUSING_QUALITY"), Area.RURAL)
                        .explanation());
    }

    static VillageMeetingHeld agreed(String village, LocalDate on, UUID... households) {
        return new VillageMeetingHeld(REVIEW, UUID.randomUUID(), village, on, List.of("Trưởng thôn Lê Văn Cường"),
                List.of(households), List.of());
    }

    static VillageMeetingHeld disputed(String village, LocalDate on, UUID household) {
        return new VillageMeetingHeld(REVIEW, UUID.randomUUID(), village, on, List.of("Trưởng thôn Lê Văn Cường"), List.of(),
                List.of(new VillageMeetingHeld.Dispute(household, "Gia đình có xe máy mới")));
    }

    static ReviewPosted posted(LocalDate on) {
        return new ReviewPosted(REVIEW, on, PostingPeriod.endsOn(on));
    }

    /** An of Thôn 1 listed, surveyed and agreed. */
    static List<Object> anAgreed() {
        return List.of(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON), agreed(THON_1, MET_ON, AN));
    }

    /** An agreed, and the results posted on {@link #POSTED_ON}. */
    static List<Object> anPosted() {
        return List.of(opened(), listed(AN, THON_1), surveyed(AN, SURVEYED_ON), agreed(THON_1, MET_ON, AN), posted(POSTED_ON));
    }
}
