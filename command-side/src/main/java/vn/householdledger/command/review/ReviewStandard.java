package vn.householdledger.command.review;

import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * The standard a review applies: the one that governs the lists it sets (DOMAIN.md, "Which standard
 * applies"), not the one of the calendar year alone. The lists of year L are those the periodic review at
 * the end of L-1 sets, so they are governed by that review's standard: a periodic review of 2020 and an ad
 * hoc review of 2021 both apply {@code VN_2016_2020}.
 */
public final class ReviewStandard {

    private ReviewStandard() {
    }

    /** The standard of the lists that a review of {@code kind} held in {@code year} sets. */
    static PovertyStandard of(ReviewKind kind, int year) {
        int listsYear = kind.listsYear(year);
        return PovertyStandards.forReviewYear(listsYear - 1)
                .orElseThrow(() -> new InvalidInput("year", "no poverty standard governs the lists of " + listsYear));
    }

    /** The code of that standard, as the answer to an opened review names it. */
    public static String codeOf(ReviewKind kind, int year) {
        return of(kind, year).code();
    }
}
