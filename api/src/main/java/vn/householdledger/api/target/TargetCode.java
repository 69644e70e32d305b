package vn.householdledger.api.target;

/**
 * The district-wide targets of a year's plan, each a percentage the committee follows: the
 * share of near-poor people insured, and the shares of poor (or poor and near-poor) households
 * no longer deprived of a basic service.
 */
public enum TargetCode {
    /** Present members of near-poor households holding a valid health insurance card. */
    NEAR_POOR_PERSONS_INSURED,
    /** Poor households in solid housing: not deprived of {@code HOUSING_QUALITY}. */
    POOR_IN_SOLID_HOUSING,
    /** Poor households with enough living area: not deprived of {@code HOUSING_AREA}. */
    POOR_WITH_ENOUGH_AREA,
    /** Poor households with a sanitary toilet: not deprived of {@code SANITARY_TOILET}. */
    POOR_WITH_SANITARY_TOILET,
    /** Poor households with hygienic water: deprived of neither {@code DRINKING_WATER} nor {@code DOMESTIC_WATER}. */
    POOR_WITH_HYGIENIC_WATER,
    /** Poor households with access to information: deprived of neither {@code TELECOM_USE} nor {@code INFORMATION_ASSETS}. */
    POOR_WITH_INFORMATION_ACCESS,
    /** Poor and near-poor households whose children go to school: not deprived of {@code CHILD_SCHOOLING}. */
    CHILDREN_IN_SCHOOL
}
