package vn.householdledger.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.command.household.RegisterHousehold;
import vn.householdledger.events.household.Member;

/** One household while the demo shapes it: who lives in it, what each review finds and what help it gets. */
final class Draft {

    /** Where the reviews of 2016 and 2017 put the household (null: not on the lists, not assessed). */
    enum Route {
        POOR_SOCIAL_PROTECTION(Classification.POOR, Classification.POOR),
        POOR_STAYED(Classification.POOR, Classification.POOR),
        POOR_TO_NEAR_POOR(Classification.POOR, Classification.NEAR_POOR),
        POOR_ESCAPED(Classification.POOR, Classification.NOT_POOR),
        NEAR_POOR_FELL(Classification.NEAR_POOR, Classification.POOR),
        NEAR_POOR_STAYED(Classification.NEAR_POOR, Classification.NEAR_POOR),
        NEAR_POOR_ESCAPED(Classification.NEAR_POOR, Classification.NOT_POOR),
        NEWLY_POOR(null, Classification.POOR),
        NEWLY_NEAR_POOR(null, Classification.NEAR_POOR);

        final Classification in2016;
        final Classification in2017;

        Route(Classification in2016, Classification in2017) {
            this.in2016 = in2016;
            this.in2017 = in2017;
        }
    }

    /** What one review found and the class it must come to. */
    record Review(int year, LocalDate on, Classification expects, long income, List<String> deprivations,
                  List<PovertyCause> causes, boolean simulated) {
    }

    final TownFigures.Unit unit;
    final int unitIndex;
    final Route route;
    final boolean working;
    String code;
    UUID id;
    String village;
    String address;
    LocalDate registeredOn;
    List<PovertyCause> causes = List.of();
    List<Member> members = List.of();
    /** The reviews by year. */
    final TreeMap<Integer, Review> reviews = new TreeMap<>();
    /** The help of 2018, in the order it is given. */
    final List<Object> help = new ArrayList<>();
    /** The deprivations that help of 2018 aims at: the simulated review of 2018 finds them gone. */
    final Set<String> addressed = new HashSet<>();
    boolean borrowed;

    Draft(TownFigures.Unit unit, int unitIndex, Route route) {
        this.unit = unit;
        this.unitIndex = unitIndex;
        this.route = route;
        this.working = route != Route.POOR_SOCIAL_PROTECTION;
    }

    Classification classIn(int year) {
        Review review = reviews.get(year);
        return review == null ? null : review.expects();
    }

    /** Whether a member is between {@code from} and {@code to} years old (inclusive) on the day. */
    boolean hasMemberAged(int from, int to, LocalDate day) {
        return members.stream().map(m -> Period.between(m.birthDate(), day).getYears()).anyMatch(a -> a >= from && a <= to);
    }

    /** Registration and the reviews before {@code heldYear}, brought in as assessments (history from paper). */
    List<DemoPlan.Step> before(int heldYear) {
        List<DemoPlan.Step> steps = new ArrayList<>();
        steps.add(DemoPlan.Step.of(new RegisterHousehold(id, code, unit.code(), village, address, members, registeredOn)));
        reviews.headMap(heldYear).values().forEach(r -> steps.add(assessment(r)));
        return steps;
    }

    /** After the review of {@code heldYear} is decided: the help, then the later reviews. */
    List<DemoPlan.Step> after(int heldYear) {
        List<DemoPlan.Step> steps = new ArrayList<>();
        help.forEach(command -> steps.add(DemoPlan.Step.of(command)));
        reviews.tailMap(heldYear, false).values().forEach(r -> steps.add(assessment(r)));
        return steps;
    }

    private DemoPlan.Step assessment(Review r) {
        UUID assessmentId = UUID.nameUUIDFromBytes((id + ":" + r.year()).getBytes(StandardCharsets.UTF_8));
        return new DemoPlan.Step(new AssessHousehold(id, r.year(), r.on(), null, r.income(), r.deprivations(), r.causes(),
                working, assessmentId, ReviewKind.PERIODIC, null, null), r.expects(), r.simulated());
    }
}
