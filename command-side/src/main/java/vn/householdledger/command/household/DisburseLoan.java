package vn.householdledger.command.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.householdledger.api.assistance.LoanProgramme;

public record DisburseLoan(@TargetAggregateIdentifier UUID householdId, UUID loanId, LoanProgramme programme,
                           long principal, BigDecimal annualInterestRatePercent, int termMonths, LocalDate disbursedOn,
                           String lender, String purpose, List<String> addresses) implements HouseholdCommand {
}
