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
import vn.householdledger.query.unit.UnitLineage;
import vn.householdledger.query.unit.UnitQueries;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * The reports upward from {@code review_result}: each household counts by its latest result not voided among
 * the reviews decided for the lists of the year, in the unit that decided it as that unit has become on the
 * day whose units the report is read under ({@code unitsOn}); the moves are those every such decision made.
 * The households of a unit (the denominator of its rates) are its yearly figures for that year, summed over
 * the units that joined it; its area (urban, rural) is the unit's on that day.
 */
@Repository
public class ReviewResultQueries {

    /** A unit the caller reads, with its households of the year (0 when none are recorded). */
    record Unit(String code, String name, Area area, long households) {
    }

    /** The unit, among those in force on a day (the parameter), of the unit that decided a result. */
    private static final String UNIT = """
            query_side.unit_in_force(r.commune_code,
                                     (SELECT h.village FROM query_side.household h WHERE h.household_id = r.household_id), ?)""";
    /** Each household's latest result not voided for the lists of a year (the second parameter), in its unit of the first. */
    private static final String LATEST = """
            WITH latest AS (
                SELECT DISTINCT ON (household_id) r.*, %s AS unit FROM query_side.review_result r
                 WHERE lists_year = ? AND NOT voided
                 ORDER BY household_id, decided_on DESC, sequence_number DESC)
            """.formatted(UNIT);

    private final JdbcTemplate jdbc;
    private final UnitQueries unitQueries;
    private final UnitLineage lineage;

    public ReviewResultQueries(JdbcTemplate jdbc, UnitQueries unitQueries, UnitLineage lineage) {
        this.jdbc = jdbc;
        this.unitQueries = unitQueries;
        this.lineage = lineage;
    }

    /**
     * The units in force on {@code unitsOn} a report of {@code commune} (and the units that joined it), or of
     * every unit the caller reads, covers.
     */
    List<Unit> units(int year, String commune, LocalDate unitsOn) {
        if (commune != null && nameOf(commune) == null) {
            throw new InvalidInput("commune", "không có xã, phường nào mã " + commune);
        }
        CommuneScope scope = lineage.scope(commune);
        return unitQueries.planned(year, unitsOn).stream().filter(unit -> scope.covers(unit.code()))
                .map(unit -> new Unit(unit.code(), unit.name(), Area.valueOf(unit.area()),
                        unit.households() == null ? 0 : unit.households()))
                .toList();
    }

    /** A unit's name as it was registered, or null for no such unit. */
    String nameOf(String commune) {
        return jdbc.query("SELECT name FROM query_side.commune WHERE code = ?", rs -> rs.next() ? rs.getString(1) : null,
                commune);
    }

    /** The review results of the lists of {@code year} for {@code units} (in force on {@code unitsOn}), made on {@code today}. */
    ReviewResults results(int year, String unitName, List<Unit> units, LocalDate unitsOn, LocalDate today) {
        Map<String, long[]> classes = new HashMap<>();
        jdbc.query(LATEST + """
                        SELECT unit,
                               count(*) FILTER (WHERE classification = 'POOR'),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR'),
                               count(*) FILTER (WHERE classification = 'POOR' AND policy_group = 'SOCIAL_PROTECTION'),
                               count(*) FILTER (WHERE classification = 'POOR' AND head_ethnicity <> ?),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR' AND head_ethnicity <> ?),
                               count(*) FILTER (WHERE classification = 'POOR' AND head_sex = 'FEMALE'),
                               count(*) FILTER (WHERE classification = 'NEAR_POOR' AND head_sex = 'FEMALE')
                          FROM latest GROUP BY unit""",
                rs -> {
                    classes.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8)});
                }, unitsOn, year, EthnicGroups.KINH, EthnicGroups.KINH);
        Map<String, long[]> moves = new HashMap<>();
        jdbc.query("""
                        SELECT %s,
                               count(*) FILTER (WHERE move = 'BECAME_POOR'), count(*) FILTER (WHERE move = 'FELL_BACK'),
                               count(*) FILTER (WHERE move = 'ESCAPED_POVERTY'),
                               count(*) FILTER (WHERE move = 'ESCAPED_NEAR_POVERTY')
                          FROM query_side.review_result r
                         WHERE lists_year = ? AND NOT voided AND move IS NOT NULL
                         GROUP BY 1""".formatted(UNIT),
                rs -> {
                    moves.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, unitsOn, year);
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
    Appendix deprivations(int year, String unitName, List<Unit> units, LocalDate unitsOn, LocalDate today) {
        List<String> indicators = PovertyStandards.forListsYear(year).map(PovertyStandard::indicators).map(List::copyOf)
                .orElse(List.of());
        return appendix(new Appendix(year, unitName, today, indicators, List.of()), units, unitsOn, """
                SELECT unit, d.code, count(*) FROM latest, unnest(latest.deprivations) AS d(code)
                 WHERE classification = 'POOR' GROUP BY unit, d.code""");
    }

    /** Phụ lục 5a: for each unit, its poor households of the lists of {@code year} and the mentions of each cause. */
    Appendix causes(int year, String unitName, List<Unit> units, LocalDate unitsOn, LocalDate today) {
        List<String> causes = Arrays.stream(PovertyCause.values()).map(Enum::name).toList();
        return appendix(new Appendix(year, unitName, today, causes, List.of()), units, unitsOn, """
                SELECT unit, c.code, count(*) FROM latest, unnest(latest.causes) AS c(code)
                 WHERE classification = 'POOR' GROUP BY unit, c.code""");
    }

    /** {@code heading} with a row per unit: its poor, and what {@code counts} counts of each code. */
    private Appendix appendix(Appendix heading, List<Unit> units, LocalDate unitsOn, String counts) {
        int year = heading.year();
        List<String> codes = heading.codes();
        Map<String, Long> poor = new HashMap<>();
        jdbc.query(LATEST + "SELECT unit, count(*) FROM latest WHERE classification = 'POOR' GROUP BY unit",
                rs -> {
                    poor.put(rs.getString(1), rs.getLong(2));
                }, unitsOn, year);
        Map<String, Map<String, Long>> byUnit = new HashMap<>();
        jdbc.query(LATEST + counts, rs -> {
            byUnit.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, unitsOn, year);
        List<Appendix.Row> rows = units.stream().map(unit -> new Appendix.Row(unit.code(), unit.name(),
                poor.getOrDefault(unit.code(), 0L),
                codes.stream().map(code -> byUnit.getOrDefault(unit.code(), Map.of()).getOrDefault(code, 0L)).toList())).toList();
        return new Appendix(year, heading.unit(), heading.madeOn(), codes, rows);
    }
}
