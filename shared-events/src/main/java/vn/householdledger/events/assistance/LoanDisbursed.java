package vn.householdledger.events.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * A loan of {@code principal} VND was lent to the household on {@code disbursedOn}, to be repaid by
 * {@code maturesOn}, {@code termMonths} later. {@code addresses} names the deprivation indicators and
 * causes of poverty the loan aims at. Revision 2 added {@code maturesOn}; a loan stored before it is
 * read through an upcaster that computes it with {@link #maturityOf}.
 */
@Revision("2")
public record LoanDisbursed(UUID householdId, UUID loanId, LoanProgramme programme, long principal,
                            BigDecimal annualInterestRatePercent, int termMonths, LocalDate disbursedOn, String lender,
                            String purpose, List<String> addresses, LocalDate maturesOn) implements HouseholdEvent {

    /** The day a loan falls due: the same day {@code termMonths} later (the month's last day if it has no such day). */
    public static LocalDate maturityOf(LocalDate disbursedOn, int termMonths) {
        return disbursedOn.plusMonths(termMonths);
    }
}
