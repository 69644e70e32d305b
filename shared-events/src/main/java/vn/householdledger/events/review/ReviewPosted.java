package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.UUID;

/** The agreed results were posted publicly (niêm yết) on {@code postedOn}, until the 3rd working day after. */
public record ReviewPosted(UUID reviewId, LocalDate postedOn, LocalDate postingEndsOn) implements ReviewEvent {
}
