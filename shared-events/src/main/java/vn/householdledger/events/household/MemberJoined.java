package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** Someone joined the household (birth, marriage, moving in) on {@code joinedOn}. */
public record MemberJoined(UUID householdId, Member member, LocalDate joinedOn) implements HouseholdEvent {
}
