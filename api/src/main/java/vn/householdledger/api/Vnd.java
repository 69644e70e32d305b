package vn.householdledger.api;

/**
 * Money as the API takes it: whole đồng, at most a thousand billion. A household never sees more;
 * a larger figure is a typing error, and sums over a district stay far from overflowing.
 */
public final class Vnd {

    public static final long MAX = 1_000_000_000_000L;

    private Vnd() {
    }
}
