package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The personal data of a closed case was erased (xoá dữ liệu cá nhân) on {@code erasedOn}, for
 * {@code reason}: its key is deleted, so the names, national ids, birth dates and addresses its events
 * hold encrypted cannot be read any more, and every read model scrubs what it kept of them. The event
 * itself carries nothing personal; the case's history, counts and statuses stay.
 */
public record HouseholdErased(UUID householdId, String reason, LocalDate erasedOn) implements HouseholdEvent {
}
