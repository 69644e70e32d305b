package vn.householdledger.api.household;

import java.time.Instant;

/** One event of a household's history: its payload as stored, who recorded it and when. */
public record HistoryEvent(long sequence, String type, Instant occurredAt, Object recordedBy, Object data) {
}
