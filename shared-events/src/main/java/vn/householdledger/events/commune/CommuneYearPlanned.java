package vn.householdledger.events.commune;

import java.time.LocalDate;

/**
 * A commune's figures for one year: all its households (the denominator of every rate) and the
 * number of poor households its plan aims for at the year's end. A later plan for the same year
 * replaces the earlier one.
 */
public record CommuneYearPlanned(String code, int year, int households, int poorTargetEndOfYear, LocalDate plannedOn) {
}
