package vn.householdledger.api.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code status}: OPEN while something is owed, SETTLED when nothing is, VOIDED when it never counted. */
public record LoanView(UUID loanId, String programme, long principal, BigDecimal annualInterestRatePercent,
                       int termMonths, LocalDate disbursedOn, LocalDate maturesOn, String lender, String purpose,
                       List<String> addresses,
                       long outstanding, String status, LocalDate settledOn, String recordedBy, Instant recordedAt,
                       boolean voided, String voidReason, List<RepaymentView> repayments) {
}
