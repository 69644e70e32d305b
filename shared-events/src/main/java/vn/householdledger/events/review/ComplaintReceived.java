package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;

/** A complaint about a household's result came in while the results were posted. */
public record ComplaintReceived(UUID reviewId, UUID complaintId, UUID householdId, LocalDate receivedOn, String summary)
        implements ReviewEvent {
}
