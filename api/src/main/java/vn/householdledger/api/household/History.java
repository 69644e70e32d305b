package vn.householdledger.api.household;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/households/{id}/history}: every event of the household, oldest first. */
public record History(UUID householdId, List<HistoryEvent> events) {
}
