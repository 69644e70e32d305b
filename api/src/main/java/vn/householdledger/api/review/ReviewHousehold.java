package vn.householdledger.api.review;

import java.util.UUID;
import vn.householdledger.api.household.Classification;

/**
 * A household of a review: why it is reviewed, what its latest survey proposes, whether that is agreed, its
 * complaint (an open one, else the last resolved: its state and {@code complaintId}, by which an open one is
 * resolved), and what was decided.
 */
public record ReviewHousehold(UUID householdId, String code, String headName, String village, ListingReason reason,
                              Classification proposedClassification, boolean agreed, ComplaintState complaint,
                              UUID complaintId, Classification decidedClassification) {
}
