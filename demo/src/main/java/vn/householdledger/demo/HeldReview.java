package vn.householdledger.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.command.review.DecideReview;
import vn.householdledger.command.review.HoldVillageMeeting;
import vn.householdledger.command.review.ListHousehold;
import vn.householdledger.command.review.OpenReview;
import vn.householdledger.command.review.PostReview;
import vn.householdledger.command.review.PostingPeriod;
import vn.householdledger.command.review.SurveyHousehold;
import vn.householdledger.demo.Draft.Route;
import vn.householdledger.demo.TownFigures.Unit;

/**
 * One unit's periodic review (rà soát định kỳ) held step by step, as the law runs it: opened on 1 September,
 * every household of the review listed (those on the lists as such, the others on their application or their
 * village head's report) and surveyed on its review day; each village meets the day after the unit's last
 * survey and agrees every proposal; the results are posted that day and the unit's chair decides once the
 * posting is over, in December, on or before the due day (14 December). The steps are sent as the demo, the
 * decision as the chair. Loaded years later, the review is past its due day: it becomes overdue before the
 * decision, which the chair may still record.
 */
record HeldReview(String communeCode, List<DemoPlan.Step> steps, String chair, DemoPlan.Step decision) {

    private static final LocalDate OPENS = LocalDate.of(2000, Month.SEPTEMBER, 1);
    /** The chairs decide in December, from its first day to the due day. */
    private static final LocalDate DECIDES_FROM = LocalDate.of(2000, Month.DECEMBER, 1);
    private static final LocalDate DUE = LocalDate.of(2000, Month.DECEMBER, 14);

    HeldReview {
        steps = List.copyOf(steps);
    }

    UUID reviewId() {
        return ((DecideReview) decision.command()).reviewId();
    }

    /** The review of {@code year} of {@code unit}, over its households reviewed that year. */
    static HeldReview of(Unit unit, int unitIndex, List<Draft> drafts, int year) {
        UUID reviewId = DemoPlan.id("review/" + unit.code() + "/" + year);
        LocalDate opened = OPENS.withYear(year);
        List<Draft> reviewed = drafts.stream().filter(d -> d.unit == unit && d.reviews.containsKey(year))
                .sorted(Comparator.comparing(d -> d.code)).toList();
        List<DemoPlan.Step> steps = new ArrayList<>();
        steps.add(DemoPlan.Step.of(new OpenReview(reviewId, unit.code(), year, ReviewKind.PERIODIC, opened)));
        for (Draft d : reviewed) {
            LocalDate listedOn = d.registeredOn.isAfter(opened) ? d.registeredOn : opened;
            steps.add(DemoPlan.Step.of(new ListHousehold(reviewId, d.id, reason(d.route), listedOn)));
        }
        for (Draft d : reviewed) {
            Draft.Review found = d.reviews.get(year);
            steps.add(new DemoPlan.Step(new SurveyHousehold(reviewId, d.id, found.on(), found.income(), found.deprivations(),
                    found.causes(), d.working), found.expects(), false));
        }
        LocalDate met = reviewed.stream().map(d -> d.reviews.get(year).on()).max(Comparator.naturalOrder()).orElse(opened).plusDays(1);
        Map<String, List<UUID>> villages = new TreeMap<>();
        reviewed.forEach(d -> villages.computeIfAbsent(d.village, v -> new ArrayList<>()).add(d.id));
        villages.forEach((village, households) -> steps.add(DemoPlan.Step.of(new HoldVillageMeeting(reviewId,
                DemoPlan.id("meeting/" + unit.code() + "/" + year + "/" + village), village, met,
                List.of("Trưởng " + TownHistory.lowerFirst(village), "Bí thư chi bộ " + TownHistory.lowerFirst(village)), households, List.of()))));
        steps.add(DemoPlan.Step.of(new PostReview(reviewId, met)));
        LocalDate postingEnds = PostingPeriod.endsOn(met);
        LocalDate decided = postingEnds.isAfter(DECIDES_FROM.withYear(year)) ? postingEnds : DECIDES_FROM.withYear(year);
        if (decided.isAfter(DUE.withYear(year))) {
            throw new IllegalStateException("The review of " + unit.code() + " would be decided on " + decided + ", after its due day");
        }
        String number = (120 + unitIndex) + "/QĐ-UBND";
        return new HeldReview(unit.code(), steps, chairOf(unit), DemoPlan.Step.of(new DecideReview(reviewId, decided, number)));
    }

    /** The account of the unit's chair in the demo profile: HA_LAN → chu-tich-halan. */
    static String chairOf(Unit unit) {
        return "chu-tich-" + unit.code().replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Households on the lists are reviewed as such; a newly poor one applied, a newly near-poor one its village head reported. */
    private static ListingReason reason(Route route) {
        if (route.in2016 != null) {
            return ListingReason.ON_LIST;
        }
        return route == Route.NEWLY_POOR ? ListingReason.APPLIED : ListingReason.REPORTED;
    }
}
