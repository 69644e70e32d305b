package vn.householdledger.api.report;

import java.math.BigDecimal;
import vn.householdledger.api.Percent;

/**
 * One unit's row of the review results reported upward (or a total's: {@code TOTAL}, {@code URBAN},
 * {@code RURAL}): the households of the unit's yearly figures, the poor and near-poor the reviews decided
 * for the lists of the year (rates in percent of those households), the moves those decisions made, and
 * among the poor and near-poor those of the social-protection group (hộ bảo trợ xã hội), those whose head
 * is of an ethnic minority (dân tộc thiểu số) and those headed by a woman. A head whose ethnic group is not
 * recorded is not counted as a minority.
 */
public record ReviewResultRow(String communeCode, String name, long households, long poor, BigDecimal poorRate, long nearPoor,
                              BigDecimal nearPoorRate, long newlyPoor, long fellBack, long escaped, long escapedNearPoverty,
                              long poorSocialProtection, long poorEthnicMinority, long nearPoorEthnicMinority,
                              long poorFemaleHeaded, long nearPoorFemaleHeaded) {

    /** A row of {@code households} and the counts, its rates computed. */
    public static ReviewResultRow of(String communeCode, String name, long households, long poor, long nearPoor, long newlyPoor,
                                     long fellBack, long escaped, long escapedNearPoverty, long poorSocialProtection,
                                     long poorEthnicMinority, long nearPoorEthnicMinority, long poorFemaleHeaded,
                                     long nearPoorFemaleHeaded) {
        return new ReviewResultRow(communeCode, name, households, poor, Percent.of(poor, households), nearPoor,
                Percent.of(nearPoor, households), newlyPoor, fellBack, escaped, escapedNearPoverty, poorSocialProtection,
                poorEthnicMinority, nearPoorEthnicMinority, poorFemaleHeaded, nearPoorFemaleHeaded);
    }

    /** A row of nothing, to add rows to. */
    public static ReviewResultRow none(String communeCode, String name) {
        return of(communeCode, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** This row and {@code other} added up under this row's code and name, the rates recomputed from the sums. */
    public ReviewResultRow plus(ReviewResultRow other) {
        return of(communeCode, name, households + other.households, poor + other.poor, nearPoor + other.nearPoor,
                newlyPoor + other.newlyPoor, fellBack + other.fellBack, escaped + other.escaped,
                escapedNearPoverty + other.escapedNearPoverty, poorSocialProtection + other.poorSocialProtection,
                poorEthnicMinority + other.poorEthnicMinority, nearPoorEthnicMinority + other.nearPoorEthnicMinority,
                poorFemaleHeaded + other.poorFemaleHeaded, nearPoorFemaleHeaded + other.nearPoorFemaleHeaded);
    }
}
