package vn.householdledger.api.standard;

import java.util.List;

/**
 * A poverty standard as reference data, in {@code GET /api/standards}: the periodic reviews it governs
 * and the years of the lists it governs (a periodic review sets the lists of the year after it, an ad
 * hoc one those of its own year: each applies the standard of those lists), its monthly income lines per
 * person (rural, urban), the near-poor lines where the standard has them, and its deprivation
 * indicators in legal order.
 */
public record StandardView(String code, String legalReference, int firstReviewYear, int lastReviewYear,
                           Lines incomeLines, Lines nearPoorLines, List<String> indicators, int deprivationThreshold,
                           int firstListsYear, int lastListsYear) {

    /** A line in đồng per person and month, by area. */
    public record Lines(long rural, long urban) {
    }
}
