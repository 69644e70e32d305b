package vn.householdledger.api.household;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to an escape pledge: the year pledged and the day it was recorded. */
public record PledgeAnswer(UUID householdId, int year, LocalDate pledgedOn) {
}
