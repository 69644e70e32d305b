package vn.householdledger.web.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.householdledger.api.unit.Units;
import vn.householdledger.web.Formats;

/**
 * The committee's choice of units a year's figures are read under: those of that year (the default, so the
 * plan's table reads as the plan) or today's, where merged units add up. The page's {@code units} parameter
 * is passed on to the API as the contract writes it ({@code then}, {@code current}); exports keep it, as
 * they keep every parameter of the page.
 */
public final class UnitsChoice {

    public static final String PARAMETER = "units";

    private UnitsChoice() {
    }

    /** The units asked for; anything but {@code current} (in any case) is the default, that year's. */
    public static Units of(String asked) {
        return asked != null && asked.strip().equalsIgnoreCase(Units.CURRENT.name()) ? Units.CURRENT : Units.THEN;
    }

    /** The API's value of the choice. */
    public static String param(Units units) {
        return units.name().toLowerCase(Locale.ROOT);
    }

    public static Filter filter(Formats fmt, Units chosen) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Units units : Units.values()) {
            options.put(param(units), fmt.label("units", units));
        }
        return Filter.select(PARAMETER, fmt.message("filter.units"), param(chosen), options);
    }
}
