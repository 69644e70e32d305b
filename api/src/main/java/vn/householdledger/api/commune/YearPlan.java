package vn.householdledger.api.commune;

/** A commune's households and its target of poor households at the end of a year. */
public record YearPlan(int year, int households, int poorTargetEndOfYear) {
}
