package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolve a complaint: upheld (the household's result is taken back) or rejected. */
public record ResolveComplaint(@TargetAggregateIdentifier UUID reviewId, UUID complaintId, LocalDate resolvedOn,
                               boolean upheld, String note) implements ReviewCommand {
}
