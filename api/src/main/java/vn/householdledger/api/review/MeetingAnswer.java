package vn.householdledger.api.review;

import java.util.UUID;

/** A village's meeting recorded: its id, and how many proposals it agreed and disputed. */
public record MeetingAnswer(UUID reviewId, UUID meetingId, String village, int agreed, int disputed) {
}
