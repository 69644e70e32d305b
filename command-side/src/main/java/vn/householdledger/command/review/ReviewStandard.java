package vn.householdledger.command.review;

import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * The standard a review applies: the one that governs the lists it sets ({@link PovertyStandards#forReview}),
 * refused as a typing error when none does.
 */
public final class ReviewStandard {

    private ReviewStandard() {
    }

    /** The standard of the lists that a review of {@code kind} held in {@code year} sets. */
    static PovertyStandard of(ReviewKind kind, int year) {
        return PovertyStandards.forReview(kind, year)
                .orElseThrow(() -> new InvalidInput("year", "review.standard.none", kind.listsYear(year)));
    }

    /** The code of that standard, as the answer to an opened review names it. */
    public static String codeOf(ReviewKind kind, int year) {
        return of(kind, year).code();
    }
}
