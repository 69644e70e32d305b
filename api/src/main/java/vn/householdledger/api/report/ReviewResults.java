package vn.householdledger.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/reports/review-results}: the results of the reviews decided for the lists of {@code year}
 * (kết quả rà soát hộ nghèo, hộ cận nghèo), one row per unit, their total, and the totals of the urban
 * units (phường) and the rural ones (xã). {@code unit} names what the report covers (one commune, when
 * asked for one), {@code madeOn} the day it was made.
 */
public record ReviewResults(int year, String unit, LocalDate madeOn, List<ReviewResultRow> rows, ReviewResultRow total,
                            ReviewResultRow urban, ReviewResultRow rural) {
}
