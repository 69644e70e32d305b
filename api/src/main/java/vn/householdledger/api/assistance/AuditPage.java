package vn.householdledger.api.assistance;

import java.util.List;

/** {@code GET /api/audit/assistance}: a page of assistance, loan, repayment and insurance records. */
public record AuditPage(long total, int page, int size, List<AuditItem> items) {
}
