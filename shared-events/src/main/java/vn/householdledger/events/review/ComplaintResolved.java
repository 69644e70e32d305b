package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was resolved; an upheld one takes back the household's agreement: it needs a new survey
 * and a meeting, and the review must be posted again before the decision.
 */
public record ComplaintResolved(UUID reviewId, UUID complaintId, UUID householdId, LocalDate resolvedOn, boolean upheld,
                                String note) implements ReviewEvent {
}
