package vn.householdledger.api.statistics;

import java.time.LocalDate;
import java.util.UUID;

/** A household that left the lists in the review of a year, and why, in {@code GET /api/escapes}. */
public record Escape(UUID householdId, String code, String communeCode, String from, String to, LocalDate decidedOn,
                     Why why) {
}
