package vn.householdledger.command.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import vn.householdledger.api.time.BusinessCalendar;

/** The deadline of a periodic review: it must be decided by 14 December of its year. */
record ReviewDue(LocalDate dueOn) {

    /** The deadline's name in Axon's deadline manager. */
    static final String DEADLINE = "review-due";

    static ReviewDue ofYear(int year) {
        return new ReviewDue(LocalDate.of(year, Month.DECEMBER, 14));
    }

    /** When the due day has ended in Vietnam, and an undecided review becomes overdue. */
    Instant passesAt() {
        return dueOn.plusDays(1).atStartOfDay(BusinessCalendar.VIETNAM).toInstant();
    }
}
