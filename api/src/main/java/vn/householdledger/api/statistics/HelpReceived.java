package vn.householdledger.api.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A loan or assistance recorded between the assessment before an escape and the escape. */
public record HelpReceived(String kind, UUID recordId, String category, Long amount, LocalDate date, List<String> addresses) {
}
