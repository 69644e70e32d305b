package vn.householdledger.events.assistance;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * A record of the ledger was a mistake: from {@code voidedOn} it no longer counts, but it stays in the
 * history, and this event, with its {@code reason}, is part of the record.
 */
public record RecordVoided(UUID householdId, UUID recordId, RecordKind recordKind, String reason, LocalDate voidedOn)
        implements HouseholdEvent {
}
