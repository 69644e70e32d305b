package vn.householdledger.events.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.householdledger.api.target.TargetCode;

/**
 * The district's targets for {@code year} were set on {@code setOn}: from now on the year's targets
 * are exactly {@code targets} (a later setting replaces the whole list).
 */
public record DistrictTargetsSet(int year, List<Target> targets, LocalDate setOn) {

    /** One target: the percentage (0–100) the plan aims for by the year's end. */
    public record Target(TargetCode code, BigDecimal value) {
    }
}
