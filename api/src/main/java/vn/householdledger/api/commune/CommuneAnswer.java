package vn.householdledger.api.commune;

/** The answer to a commune's registration. */
public record CommuneAnswer(String code) {
}
