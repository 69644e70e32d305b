package vn.householdledger.api.commune;

/** The answer to a commune's figures for a year: its households and its target of poor ones at the year's end. */
public record YearPlanAnswer(String code, int year, int households, int poorTargetEndOfYear) {
}
