package vn.householdledger.query.target;

import static vn.householdledger.api.target.TargetCode.CHILDREN_IN_SCHOOL;
import static vn.householdledger.api.target.TargetCode.POOR_IN_SOLID_HOUSING;
import static vn.householdledger.api.target.TargetCode.POOR_WITH_ENOUGH_AREA;
import static vn.householdledger.api.target.TargetCode.POOR_WITH_HYGIENIC_WATER;
import static vn.householdledger.api.target.TargetCode.POOR_WITH_INFORMATION_ACCESS;
import static vn.householdledger.api.target.TargetCode.POOR_WITH_SANITARY_TOILET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.Percent;
import vn.householdledger.api.target.TargetCode;

/**
 * The value now of each district target, from the read models: among the open cases, by each
 * household's latest assessment, a share of households (or, for insurance, of people).
 */
@Component
public class DistrictMeasures {

    /** {@code count} of {@code base}. */
    public record Share(long count, long base) {

        /** In percent, two decimals, half-up; none when there is nothing to count among. */
        public BigDecimal percent() {
            return Percent.of(count, base);
        }
    }

    /** Open households of these classes, counted when their latest assessment finds none of these deprivations. */
    private record HouseholdShare(List<String> classifications, List<String> noneOf) {
    }

    private static final List<String> POOR = List.of("POOR");
    private static final Map<TargetCode, HouseholdShare> HOUSEHOLD_SHARES = Map.of(
            POOR_IN_SOLID_HOUSING, new HouseholdShare(POOR, List.of("HOUSING_QUALITY")),
            POOR_WITH_ENOUGH_AREA, new HouseholdShare(POOR, List.of("HOUSING_AREA")),
            POOR_WITH_SANITARY_TOILET, new HouseholdShare(POOR, List.of("SANITARY_TOILET")),
            POOR_WITH_HYGIENIC_WATER, new HouseholdShare(POOR, List.of("DRINKING_WATER", "DOMESTIC_WATER")),
            POOR_WITH_INFORMATION_ACCESS, new HouseholdShare(POOR, List.of("TELECOM_USE", "INFORMATION_ASSETS")),
            CHILDREN_IN_SCHOOL, new HouseholdShare(List.of("POOR", "NEAR_POOR"), List.of("CHILD_SCHOOLING")));

    private final JdbcTemplate jdbc;

    public DistrictMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Share now(TargetCode code, LocalDate today) {
        return code == TargetCode.NEAR_POOR_PERSONS_INSURED ? insuredNearPoorPersons(today) : households(HOUSEHOLD_SHARES.get(code));
    }

    private Share households(HouseholdShare share) {
        return jdbc.queryForObject("""
                        SELECT count(*) FILTER (WHERE NOT coalesce(deprivations, '{}') && ?::text[]), count(*)
                          FROM query_side.household
                         WHERE closed_on IS NULL AND classification = ANY (?::text[])""",
                (rs, i) -> new Share(rs.getLong(1), rs.getLong(2)),
                share.noneOf().toArray(String[]::new), share.classifications().toArray(String[]::new));
    }

    /** The members present now in open near-poor households, and how many of them hold a valid card today. */
    private Share insuredNearPoorPersons(LocalDate today) {
        return jdbc.queryForObject("""
                        SELECT count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM query_side.assistance_card c
                                    WHERE c.household_id = m.household_id AND c.member_id = m.member_id AND NOT c.voided
                                      AND c.valid_from <= ? AND c.valid_to >= ?)),
                               count(*)
                          FROM query_side.household_member m JOIN query_side.household h ON h.household_id = m.household_id
                         WHERE h.closed_on IS NULL AND h.classification = 'NEAR_POOR' AND m.departed_on IS NULL""",
                (rs, i) -> new Share(rs.getLong(1), rs.getLong(2)), today, today);
    }
}
