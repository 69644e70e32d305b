package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.List;

/** The latest assessment: what it found and what it decided, in words; whether the demo made it up. */
public record AssessmentView(int year, LocalDate assessedOn, String standard, long incomePerCapitaMonthly,
                             List<String> deprivations, List<String> causes, String classification, String basis,
                             String explanation, boolean simulated) {
}
