package vn.householdledger.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.household.Classification;

/**
 * What a demo sends through the command side, in five stages: its province and units; each household's registration
 * and earlier history; each unit's review held step by step (its decision then reaches the households);
 * each household's later commands, in order; the later arrangement of its units, in order. Households do not depend on each other, nor units' reviews,
 * so within a stage they may be sent side by side.
 */
record DemoPlan(List<Step> units, List<List<Step>> households, List<HeldReview> reviews, List<List<Step>> later,
                List<Step> arrangement) {

    /**
     * One command and, for an assessment or a review's survey, the class the poverty standard must compute for it, and
     * whether the demo made it up (a review not held in the data) rather than took it from the plan.
     */
    record Step(Object command, Classification expects, boolean simulated) {

        static Step of(Object command) {
            return new Step(command, null, false);
        }
    }

    DemoPlan {
        units = List.copyOf(units);
        households = households.stream().map(List::copyOf).toList();
        reviews = List.copyOf(reviews);
        later = later.stream().map(List::copyOf).toList();
        arrangement = List.copyOf(arrangement);
    }

    int commandCount() {
        return units.size() + households.stream().mapToInt(List::size).sum()
                + reviews.stream().mapToInt(review -> review.steps().size() + 1).sum() + later.stream().mapToInt(List::size).sum()
                + arrangement.size();
    }

    /** The same id for the same key in every run, so that a plan is the same from the same seed. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("household-ledger-demo/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
