package vn.householdledger.events.household;

import java.time.LocalDate;
import java.util.UUID;

/** The household registered to escape poverty in {@code year} (đăng ký thoát nghèo). */
public record EscapePledged(UUID householdId, int year, LocalDate pledgedOn) implements HouseholdEvent {
}
