package vn.householdledger.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.household.Classification;

/**
 * What a demo sends through the command side: its units first, then each household's commands in
 * order. Households do not depend on each other, so they may be sent side by side.
 */
record DemoPlan(List<Step> units, List<List<Step>> households) {

    /**
     * One command and, for an assessment, the class the poverty standard must compute for it, and
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
    }

    int commandCount() {
        return units.size() + households.stream().mapToInt(List::size).sum();
    }

    /** The same id for the same key in every run, so that a plan is the same from the same seed. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("household-ledger-demo/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
