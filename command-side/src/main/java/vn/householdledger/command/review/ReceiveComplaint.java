package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a complaint about a household's posted result. */
public record ReceiveComplaint(@TargetAggregateIdentifier UUID reviewId, UUID complaintId, UUID householdId,
                               LocalDate receivedOn, String summary) implements ReviewCommand {
}
