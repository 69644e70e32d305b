package vn.householdledger.events.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * A loan of {@code principal} VND was lent to the household on {@code disbursedOn}. {@code addresses}
 * names the deprivation indicators and causes of poverty the loan aims at.
 */
public record LoanDisbursed(UUID householdId, UUID loanId, LoanProgramme programme, long principal,
                            BigDecimal annualInterestRatePercent, int termMonths, LocalDate disbursedOn, String lender,
                            String purpose, List<String> addresses) implements HouseholdEvent {
}
