package vn.householdledger.query.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.EthnicGroups;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.report.ReviewResultRow;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * The reports upward from {@code review_result}: each household counts by its latest result not voided among
 * the reviews decided for the lists of the year, in the unit that decided it; the moves are those every such
 * decision made. The households of a unit (the denominator of its rates) are its yearly figures for that
 * year; its area (urban, rural) is the unit's.
 */
@Repository
public class ReviewResultQueries {

    /** A unit the caller reads, with its households of the year (0 when none are recorded). */
    record Unit(String code, String name, Area area, long households) {
    }

    /** Each household's latest result not voided for the lists of a year (the parameter). */
    private static final String LATEST = """
            WITH latest AS (
                SELECT DISTINCT ON (household_id) * FROM query_side.review_result
                 WHERE lists_year = ? AND NOT voided
                 ORDER BY household_id, decided_on DESC, sequence_number DESC)
            """;

    private final JdbcTemplate jdbc;

    public ReviewResultQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The units a report of {@code commune} (or of every unit the caller reads) covers. */
    List<Unit> units(int year, String commune) {
        if (commune != null && !exists(commune)) {
            throw new InvalidInput("commune", "không có xã, phường nào mã " + commune);
        }
        CommuneScope scope = CommuneScope.of(commune);
        return jdbc.query("""
                        SELECT c.code, c.name, c.area, coalesce(y.households, 0)
                          FROM query_side.commune c
                          LEFT JOIN query_side.commune_year y ON y.code = c.code AND y.year = ?
                         ORDER BY c.code""",
                (rs, i) -> new Unit(rs.getString(1), rs.getString(2), Area.valueOf(rs.getString(3)), rs.getLong(4)), year)
                .stream().filter(unit -> scope.covers(unit.code())).toList();
    }

    private boolean exists(String commune) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM query_side.commune WHERE code = ?)",
                Boolean.class, commune));
    }

    /** The review results of the lists of {@code year} for {@code units}, made on {@code today}. */
    ReviewResults results(int year, String unitName, List<Unit> units, LocalDate today) {
        Map<String, long[]> classes = new HashMap<>();
        jdbc.query(LATEST + """
                        SELECT commune_code,
                               count(*) FILTER (WHERE classification = 'POOR'),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR'),
                               count(*) FILTER (WHERE classification = 'POOR' AND policy_group = 'SOCIAL_PROTECTION'),
                               count(*) FILTER (WHERE classification = 'POOR' AND head_ethnicity <> ?),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR' AND head_ethnicity <> ?),
                               count(*) FILTER (WHERE classification = 'POOR' AND head_sex = 'FEMALE'),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR' AND head_sex = 'FEMALE')
                          FROM latest GROUP BY commune_code""",
                rs -> {
                    classes.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8)});
                }, year, EthnicGroups.KINH, EthnicGroups.KINH);
        Map<String, long[]> moves = new HashMap<>();
        jdbc.query("""
                        SELECT commune_code,
                               count(*) FILTER (WHERE move = 'BECAME_POOR'), count(*) FILTER (WHERE move = 'FELL_BACK'),
                               count(*) FILTER (WHERE move = 'ESCAPED_POVERTY'),
                               count(*) FILTER (WHERE move = 'ESCAPED_NEAR_POVERTY')
                          FROM query_side.review_result
                         WHERE lists_year = ? AND NOT voided AND move IS NOT NULL
                         GROUP BY commune_code""",
                rs -> {
                    moves.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, year);
        List<ReviewResultRow> rows = new ArrayList<>();
        ReviewResultRow total = ReviewResultRow.none("TOTAL", "Tổng cộng");
        ReviewResultRow urban = ReviewResultRow.none("URBAN", "Thành thị (phường)");
        ReviewResultRow rural = ReviewResultRow.none("RURAL", "Nông thôn (xã)");
        for (Unit unit : units) {
            long[] c = classes.getOrDefault(unit.code(), new long[7]);
            long[] m = moves.getOrDefault(unit.code(), new long[4]);
            ReviewResultRow row = ReviewResultRow.of(unit.code(), unit.name(), unit.households(), c[0], c[1], m[0], m[1], m[2],
                    m[3], c[2], c[3], c[4], c[5], c[6]);
            rows.add(row);
            total = total.plus(row);
            if (unit.area() == Area.URBAN) {
                urban = urban.plus(row);
            } else {
                rural = rural.plus(row);
            }
        }
        return new ReviewResults(year, unitName, today, rows, total, urban, rural);
    }

    /**
     * Phụ lục 4d: for each unit, its poor households of the lists of {@code year} and how many of them lack each
     * indicator of the standard of those lists.
     */
    Appendix deprivations(int year, String unitName, List<Unit> units, LocalDate today) {
        List<String> indicators = PovertyStandards.forListsYear(year).map(PovertyStandard::indicators).map(List::copyOf)
                .orElse(List.of());
        return appendix(new Appendix(year, unitName, today, indicators, List.of()), units, """
                SELECT commune_code, d.code, count(*) FROM latest, unnest(latest.deprivations) AS d(code)
                 WHERE classification = 'POOR' GROUP BY commune_code, d.code""");
    }

    /** Phụ lục 5a: for each unit, its poor households of the lists of {@code year} and the mentions of each cause. */
    Appendix causes(int year, String unitName, List<Unit> units, LocalDate today) {
        List<String> causes = Arrays.stream(PovertyCause.values()).map(Enum::name).toList();
        return appendix(new Appendix(year, unitName, today, causes, List.of()), units, """
                SELECT commune_code, c.code, count(*) FROM latest, unnest(latest.causes) AS c(code)
                 WHERE classification = 'POOR' GROUP BY commune_code, c.code""");
    }

    /** {@code heading} with a row per unit: its poor, and what {@code counts} counts of each code. */
    private Appendix appendix(Appendix heading, List<Unit> units, String counts) {
        int year = heading.year();
        List<String> codes = heading.codes();
        Map<String, Long> poor = new HashMap<>();
        jdbc.query(LATEST + "SELECT commune_code, count(*) FROM latest WHERE classification = 'POOR' GROUP BY commune_code",
                rs -> {
                    poor.put(rs.getString(1), rs.getLong(2));
                }, year);
        Map<String, Map<String, Long>> byUnit = new HashMap<>();
        jdbc.query(LATEST + counts, rs -> {
            byUnit.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, year);
        List<Appendix.Row> rows = units.stream().map(unit -> new Appendix.Row(unit.code(), unit.name(),
                poor.getOrDefault(unit.code(), 0L),
                codes.stream().map(code -> byUnit.getOrDefault(unit.code(), Map.of()).getOrDefault(code, 0L)).toList())).toList();
        return new Appendix(year, heading.unit(), heading.madeOn(), codes, rows);
    }
}
