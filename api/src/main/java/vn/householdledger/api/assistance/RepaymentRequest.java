package vn.householdledger.api.assistance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.householdledger.api.Vnd;

/** The body of {@code POST /api/households/{id}/loans/{loanId}/repayments}. */
public record RepaymentRequest(@NotNull @Max(Vnd.MAX) Long amount, @NotNull LocalDate paidOn) {
}
