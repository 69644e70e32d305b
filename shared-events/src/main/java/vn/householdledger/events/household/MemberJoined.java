package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Someone joined the household (birth, marriage, moving in) on {@code joinedOn}. Revision 2: the
 * {@link Member} carries its attributes; an upcaster reads an older one's as not recorded (unknown).
 */
@Revision("2")
public record MemberJoined(UUID householdId, Member member, LocalDate joinedOn) implements HouseholdEvent {
}
