package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.review.ListingReason;

/** List a household of the commune for the review, for {@code reason}, on {@code listedOn}. */
public record ListHousehold(@TargetAggregateIdentifier UUID reviewId, UUID householdId, ListingReason reason,
                            LocalDate listedOn) implements ReviewCommand {
}
