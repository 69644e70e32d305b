package vn.householdledger.api.household;

/**
 * The answer of {@code GET /api/communes/{code}/next-household-code}: a household code (mã hộ) the
 * commune has not used, its highest numeric suffix plus one in the same shape ({@code HL-0042} after
 * {@code HL-0041}); null while no household of the commune has a code ending in digits.
 */
public record NextHouseholdCode(String communeCode, String code) {
}
