package vn.householdledger.api.review;

import java.util.UUID;

/** The answer to an opened review: the standard it applies and the year of the lists it sets. */
public record ReviewOpenedAnswer(UUID reviewId, String standard, int listsYear) {
}
