package vn.householdledger.api.review;

import java.time.LocalDate;

/** When the posting began and the day it ends: the 3rd working day after (Saturdays and Sundays do not count). */
public record PostingAnswer(LocalDate postedOn, LocalDate postingEndsOn) {
}
