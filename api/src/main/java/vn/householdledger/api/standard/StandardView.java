package vn.householdledger.api.standard;

import java.util.List;

/**
 * A poverty standard as reference data, in {@code GET /api/standards}: the reviews it governs, its
 * monthly income lines per person (rural, urban), the near-poor lines where the standard has them, and
 * its deprivation indicators in legal order.
 */
public record StandardView(String code, String legalReference, int firstReviewYear, int lastReviewYear,
                           Lines incomeLines, Lines nearPoorLines, List<String> indicators, int deprivationThreshold) {

    /** A line in đồng per person and month, by area. */
    public record Lines(long rural, long urban) {
    }
}
