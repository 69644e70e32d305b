package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Post the agreed results publicly (niêm yết) from {@code postedOn}. */
public record PostReview(@TargetAggregateIdentifier UUID reviewId, LocalDate postedOn) implements ReviewCommand {
}
