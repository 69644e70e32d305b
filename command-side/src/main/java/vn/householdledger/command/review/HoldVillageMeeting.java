package vn.householdledger.command.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.events.review.VillageMeetingHeld;

/** Record the meeting of {@code village} (họp dân): who attended, whose proposals it agreed, which it disputed. */
public record HoldVillageMeeting(@TargetAggregateIdentifier UUID reviewId, UUID meetingId, String village, LocalDate heldOn,
                                 List<String> attendees, List<UUID> agreed, List<VillageMeetingHeld.Dispute> disputed)
        implements ReviewCommand {
}
