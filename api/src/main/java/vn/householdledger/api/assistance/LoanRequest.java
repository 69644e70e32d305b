package vn.householdledger.api.assistance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.api.Vnd;

/** The body of {@code POST /api/households/{id}/loans}: a loan disbursed, and the needs it addresses. */
public record LoanRequest(
        UUID loanId,
        @NotNull LoanProgramme programme,
        @NotNull @Max(Vnd.MAX) Long principal,
        @NotNull BigDecimal annualInterestRatePercent,
        @NotNull Integer termMonths,
        @NotNull LocalDate disbursedOn,
        @NotBlank @Size(max = 200) String lender,
        @NotBlank @Size(max = 1000) String purpose,
        @Size(max = 50) List<String> addresses) {
}
