package vn.householdledger.query.unit;

import java.time.LocalDate;
import java.util.Locale;
import vn.householdledger.api.unit.Units;
import vn.householdledger.platform.problem.InvalidInput;

/**
 * The {@code units} parameter of the yearly reads, and the day whose units it names: the end of the period
 * read ({@code then}, the default) or today ({@code current}).
 */
public record UnitsRead(Units units, LocalDate day) {

    /** {@code then} or {@code current}, in either case; absent means {@code then}. */
    public static UnitsRead of(String units, LocalDate endOfPeriod, LocalDate today) {
        Units chosen = units == null ? Units.THEN : switch (units.toUpperCase(Locale.ROOT)) {
            case "THEN" -> Units.THEN;
            case "CURRENT" -> Units.CURRENT;
            default -> throw new InvalidInput("units", "input.format", "then, current");
        };
        return new UnitsRead(chosen, chosen == Units.CURRENT ? today : endOfPeriod);
    }
}
