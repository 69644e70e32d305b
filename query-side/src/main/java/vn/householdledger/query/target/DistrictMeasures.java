package vn.householdledger.query.target;

import static vn.householdledger.events.target.TargetCode.CHILDREN_IN_SCHOOL;
import static vn.householdledger.events.target.TargetCode.POOR_IN_SOLID_HOUSING;
import static vn.householdledger.events.target.TargetCode.POOR_WITH_ENOUGH_AREA;
import static vn.householdledger.events.target.TargetCode.POOR_WITH_HYGIENIC_WATER;
import static vn.householdledger.events.target.TargetCode.POOR_WITH_INFORMATION_ACCESS;
import static vn.householdledger.events.target.TargetCode.POOR_WITH_SANITARY_TOILET;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.events.target.TargetCode;

/**
 * The value now of each district target, from the read models: among the open cases, by each
 * household's latest assessment, a share of households (or, for insurance, of people).
 */
@Component
public class DistrictMeasures {

    /** {@code count} of {@code base}; the count is null while it cannot be known. */
    public record Share(Long count, long base) {

        /** In percent, two decimals, half-up; none when there is nothing to count or nothing to count among. */
        public BigDecimal percent() {
            return count == null || base == 0 ? null
                    : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
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
    private final InsuredPersons insured;

    public DistrictMeasures(JdbcTemplate jdbc, InsuredPersons insured) {
        this.jdbc = jdbc;
        this.insured = insured;
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
        List<InsuredPersons.MemberRef> members = jdbc.query("""
                        SELECT m.household_id, m.member_id
                          FROM query_side.household_member m JOIN query_side.household h ON h.household_id = m.household_id
                         WHERE h.closed_on IS NULL AND h.classification = 'NEAR_POOR' AND m.departed_on IS NULL""",
                (rs, i) -> new InsuredPersons.MemberRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
        OptionalLong count = insured.countInsured(members, today);
        return new Share(count.isPresent() ? count.getAsLong() : null, members.size());
    }
}
