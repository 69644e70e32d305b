package vn.householdledger.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates in percent as the plan writes them: two decimals, rounded half-up (35 / 949 → 3.69). */
public final class Percent {

    private Percent() {
    }

    /** {@code part / whole × 100}, or null when there is no whole to divide by. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
