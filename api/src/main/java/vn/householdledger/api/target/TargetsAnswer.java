package vn.householdledger.api.target;

import java.util.List;

/** The answer to the plan's targets of a year, as set. */
public record TargetsAnswer(int year, List<TargetValue> targets) {
}
