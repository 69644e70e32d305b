package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.assistance.AssistanceView;
import vn.householdledger.api.assistance.CardView;
import vn.householdledger.api.assistance.LoanView;

/**
 * {@code GET /api/households/{id}}: a household's current state, its members, status and the help it holds,
 * and what the reports upward count of it ({@code traits}).
 */
public record HouseholdView(UUID householdId, String code, String communeCode, String village, String address,
                            LocalDate registeredOn, String headName, ListedStatus status, LocalDate statusSince,
                            String standard, List<String> deprivations, List<String> causes, String policyGroup,
                            AssessmentView lastAssessment, List<Integer> pledgedYears, boolean closed,
                            LocalDate closedOn, String closureReason, List<MemberView> members,
                            List<MemberView> formerMembers, List<LoanView> loans,
                            List<CardView> insurance,
                            List<AssistanceView> assistance, HouseholdTraits traits) {
}
