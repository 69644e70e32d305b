package vn.householdledger.api.assistance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** The answer to a voided record; for a repayment also its loan and what that loan owes now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoidingAnswer(UUID householdId, UUID recordId, RecordKind kind, boolean voided, UUID loanId, Long outstanding) {
}
