package vn.householdledger.command.review;

import java.util.Optional;
import java.util.UUID;
import vn.householdledger.api.review.ReviewKind;

/**
 * The reviews known to the command side, as {@link ReviewLookups} records them from the events: each
 * review's commune (the scope of who may write it) and a commune's undecided review of a kind.
 */
public interface ReviewDirectory {

    Optional<String> communeOf(UUID reviewId);

    /** The review of {@code kind} that {@code communeCode} has opened and not yet decided, if any. */
    Optional<UUID> undecided(String communeCode, ReviewKind kind);
}
