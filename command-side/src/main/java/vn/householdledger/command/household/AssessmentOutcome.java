package vn.householdledger.command.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.events.household.Classification;
import vn.householdledger.events.household.ListedStatus;
import vn.householdledger.events.household.PolicyGroup;
import vn.householdledger.events.household.PovertyBasis;

/** What an assessment decided, as the API answers it. */
public record AssessmentOutcome(UUID householdId, int year, Classification classification, PovertyBasis basis,
                                String standard, String explanation, ListedStatus status, LocalDate statusSince,
                                PolicyGroup policyGroup) {
}
