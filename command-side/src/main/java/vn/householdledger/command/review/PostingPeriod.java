package vn.householdledger.command.review;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The public posting (niêm yết công khai) of a review's results lasts until the 3rd working day after the
 * day it began; Saturdays and Sundays do not count (public holidays are not known to the ledger).
 */
final class PostingPeriod {

    static final int WORKING_DAYS = 3;

    private PostingPeriod() {
    }

    /** The day a posting that began on {@code postedOn} ends. */
    static LocalDate endsOn(LocalDate postedOn) {
        LocalDate day = postedOn;
        for (int counted = 0; counted < WORKING_DAYS; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
