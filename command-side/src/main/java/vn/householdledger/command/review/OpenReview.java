package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.review.ReviewKind;

/** A commune opens its review of {@code year}, of {@code kind}, on {@code openedOn}. */
public record OpenReview(@TargetAggregateIdentifier UUID reviewId, String communeCode, int year, ReviewKind kind,
                         LocalDate openedOn) implements ReviewCommand {
}
