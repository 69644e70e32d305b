package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.review.ReviewKind;

/**
 * The commune opened its review of {@code year} of {@code kind} on {@code openedOn}; it sets the lists of
 * {@code listsYear} and so applies {@code standard}.
 */
public record ReviewOpened(UUID reviewId, String communeCode, int year, ReviewKind kind, String standard, int listsYear,
                           LocalDate openedOn) implements ReviewEvent {
}
