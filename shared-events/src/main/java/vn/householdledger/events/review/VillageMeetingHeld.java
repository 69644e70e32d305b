package vn.householdledger.events.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The meeting of {@code village} (họp dân), with {@code attendees}, agreed the proposals of some of its
 * households and disputed others, each disputed one needing a new survey and a later meeting.
 */
public record VillageMeetingHeld(UUID reviewId, UUID meetingId, String village, LocalDate heldOn, List<String> attendees,
                                 List<UUID> agreed, List<Dispute> disputed) implements ReviewEvent {

    /** A household whose proposal the meeting disputed, and why. */
    public record Dispute(UUID householdId, String note) {
    }
}
