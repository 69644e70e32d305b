package vn.householdledger.events.review;

import java.util.UUID;

/** An event of one review's stream. */
public interface ReviewEvent {

    UUID reviewId();
}
