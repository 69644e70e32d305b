package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair's decision (quyết định công nhận) {@code decisionNumber} of {@code decidedOn}, which closes the review. */
public record DecideReview(@TargetAggregateIdentifier UUID reviewId, LocalDate decidedOn, String decisionNumber)
        implements ReviewCommand {
}
