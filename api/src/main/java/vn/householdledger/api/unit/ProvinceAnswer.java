package vn.householdledger.api.unit;

/** The answer to a province's registration. */
public record ProvinceAnswer(String code) {
}
