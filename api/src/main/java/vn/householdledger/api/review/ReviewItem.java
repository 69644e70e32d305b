package vn.householdledger.api.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A review in {@code GET /api/reviews}: where it stands, with its dates, its households by stage
 * ({@code listed}, {@code surveyed}, {@code agreed}, {@code openComplaints}, {@code decided}) and whether a
 * periodic review is past its due day undecided ({@code overdue}).
 */
public record ReviewItem(UUID reviewId, String communeCode, int year, ReviewKind kind, String standard, int listsYear,
                         ReviewStep step, LocalDate openedOn, LocalDate postedOn, LocalDate postingEndsOn,
                         LocalDate decidedOn, String decisionNumber, boolean overdue, long listed, long surveyed,
                         long agreed, long openComplaints, long decided) {
}
