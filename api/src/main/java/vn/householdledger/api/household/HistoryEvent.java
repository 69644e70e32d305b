package vn.householdledger.api.household;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a household's history: its type, the day it happened in the world ({@code businessDate}),
 * when the ledger learned it ({@code occurredAt}) and from whom, and its payload as stored.
 */
public record HistoryEvent(long sequence, String type, LocalDate businessDate, Instant occurredAt, String recordedBy,
                           JsonNode data) {
}
