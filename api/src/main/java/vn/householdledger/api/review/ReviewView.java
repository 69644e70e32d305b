package vn.householdledger.api.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/reviews/{reviewId}}: the review as {@link ReviewItem} lists it, and its households. */
public record ReviewView(UUID reviewId, String communeCode, int year, ReviewKind kind, String standard, int listsYear,
                         ReviewStep step, LocalDate openedOn, LocalDate postedOn, LocalDate postingEndsOn,
                         LocalDate decidedOn, String decisionNumber, boolean overdue, long listed, long surveyed,
                         long agreed, long openComplaints, long decided, List<ReviewHousehold> households) {

    public static ReviewView of(ReviewItem r, List<ReviewHousehold> households) {
        return new ReviewView(r.reviewId(), r.communeCode(), r.year(), r.kind(), r.standard(), r.listsYear(), r.step(),
                r.openedOn(), r.postedOn(), r.postingEndsOn(), r.decidedOn(), r.decisionNumber(), r.overdue(), r.listed(),
                r.surveyed(), r.agreed(), r.openComplaints(), r.decided(), households);
    }
}
