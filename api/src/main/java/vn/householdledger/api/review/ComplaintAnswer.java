package vn.householdledger.api.review;

import java.util.UUID;

/** A complaint received or resolved: its id (the one to resolve it by), the household it is about, and where it stands. */
public record ComplaintAnswer(UUID reviewId, UUID complaintId, UUID householdId, ComplaintState state) {
}
