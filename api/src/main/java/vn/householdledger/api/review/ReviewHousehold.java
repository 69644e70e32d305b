package vn.householdledger.api.review;

import java.util.UUID;
import vn.householdledger.api.household.Classification;

/** A household of a review: why it is reviewed, what its latest survey proposes, whether that is agreed, any complaint, and what was decided. */
public record ReviewHousehold(UUID householdId, String code, String headName, String village, ListingReason reason,
                              Classification proposedClassification, boolean agreed, ComplaintState complaint,
                              Classification decidedClassification) {
}
