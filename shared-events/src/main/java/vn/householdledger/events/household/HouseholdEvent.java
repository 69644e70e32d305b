package vn.householdledger.events.household;

import java.util.UUID;

/** Every event of one household's case (one stream per household). */
public interface HouseholdEvent {
    UUID householdId();
}
