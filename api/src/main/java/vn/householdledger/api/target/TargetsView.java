package vn.householdledger.api.target;

import java.util.List;

/** {@code GET /api/targets/{year}}: each plan target of the year with its value now. */
public record TargetsView(int year, List<TargetEntry> targets) {
}
