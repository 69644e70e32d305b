package vn.householdledger.api.imports;

import java.util.UUID;

/**
 * One household of an import ({@code GET /api/imports/{importId}/households}): its code, its rows in the
 * file (counted as a spreadsheet shows them, the header's row included), what became of it, the household
 * it is in the ledger (for an accepted or unchanged one; a dry run's accepted ones have none yet) and, when
 * refused, why (in Vietnamese).
 */
public record ImportedHousehold(String code, int firstRow, int lastRow, ImportOutcome outcome, UUID householdId,
                                String reason) {
}
