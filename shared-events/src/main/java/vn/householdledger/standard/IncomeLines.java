package vn.householdledger.standard;

import vn.householdledger.api.commune.Area;

/**
 * A monthly income-per-person line in VND, set separately for rural and urban communes because
 * the standards price a basic living differently in each.
 */
public record IncomeLines(long rural, long urban) {

    public IncomeLines {
        if (rural <= 0 || urban <= 0) {
            throw new IllegalArgumentException("income lines must be positive: " + rural + ", " + urban);
        }
    }

    /** The line that applies to a household in a commune of the given area. */
    public long forArea(Area area) {
        return switch (area) {
            case RURAL -> rural;
            case URBAN -> urban;
        };
    }
}
