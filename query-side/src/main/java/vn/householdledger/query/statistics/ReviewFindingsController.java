package vn.householdledger.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.Percent;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.statistics.CauseCount;
import vn.householdledger.api.statistics.Causes;
import vn.householdledger.api.statistics.Deprivations;
import vn.householdledger.api.statistics.IndicatorCount;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.query.unit.UnitLineage;
import vn.householdledger.query.unit.UnitsRead;

/**
 * What the review of a year found: deprivations among the households it classified as a status, and
 * the causes of poverty among its poor households. Each household counts once, by its last assessment
 * in that review that was not voided, in the unit it was assessed in as that unit has become at the end
 * of the year ({@code units=then}) or today ({@code units=current}).
 */
@RestController
public class ReviewFindingsController {

    /**
     * The last standing (not voided) assessment of each household in the review of a year (the second
     * parameter), within the scope, by its unit among those in force on a day (the first).
     */
    private static final String REVIEWED = """
            WITH reviewed AS (
                SELECT DISTINCT ON (household_id) household_id, unit, classification, policy_group, deprivations, causes
                  FROM (SELECT a.*, query_side.unit_in_force(a.commune_code, h.village, ?) AS unit
                          FROM query_side.review_assessment a LEFT JOIN query_side.household h USING (household_id)
                         WHERE a.year = ? AND NOT a.voided) a
                 WHERE CAST(? AS TEXT[]) IS NULL OR unit = ANY (CAST(? AS TEXT[]))
                 ORDER BY household_id, sequence_number DESC)
            """;

    private final JdbcTemplate jdbc;
    private final UnitLineage lineage;
    private final Clock clock;

    public ReviewFindingsController(JdbcTemplate jdbc, UnitLineage lineage, Clock clock) {
        this.jdbc = jdbc;
        this.lineage = lineage;
        this.clock = clock;
    }

    @Operation(summary = "Read the deprivations a year's review found")
    @GetMapping("/api/statistics/deprivations")
    public Deprivations deprivations(@RequestParam int year, @RequestParam(defaultValue = "POOR") Classification status,
                                     @RequestParam(required = false) String commune,
                                     @RequestParam(required = false) String units) {
        LocalDate unitsOn = unitsOn(year, units);
        String[] scope = lineage.scope(commune).sqlArray();
        Long base = jdbc.queryForObject(REVIEWED + "SELECT count(*) FROM reviewed WHERE classification = ?", Long.class,
                unitsOn, year, scope, scope, status.name());
        long households = base == null ? 0 : base;
        List<IndicatorCount> indicators = jdbc.query(REVIEWED + """
                        SELECT d.code, count(*) FROM reviewed, unnest(reviewed.deprivations) AS d(code)
                         WHERE classification = ? GROUP BY d.code ORDER BY count(*) DESC, d.code""",
                (rs, i) -> new IndicatorCount(rs.getString(1), rs.getLong(2), Percent.of(rs.getLong(2), households)),
                unitsOn, year, scope, scope, status.name());
        return new Deprivations(year, status, commune, households, indicators);
    }

    @Operation(summary = "Read the causes of poverty a year's review found")
    @GetMapping("/api/statistics/causes")
    public Causes causes(@RequestParam int year, @RequestParam(required = false) PolicyGroup policyGroup,
                         @RequestParam(required = false) String commune,
                         @RequestParam(required = false) String units) {
        LocalDate unitsOn = unitsOn(year, units);
        String[] scope = lineage.scope(commune).sqlArray();
        String group = policyGroup == null ? null : policyGroup.name();
        String poor = " WHERE classification = 'POOR' AND (CAST(? AS VARCHAR) IS NULL OR policy_group = ?)";
        Long households = jdbc.queryForObject(REVIEWED + "SELECT count(*) FROM reviewed" + poor, Long.class,
                unitsOn, year, scope, scope, group, group);
        Map<PovertyCause, Long> mentions = new EnumMap<>(PovertyCause.class);
        jdbc.query(REVIEWED + "SELECT c.code, count(*) FROM reviewed, unnest(reviewed.causes) AS c(code)" + poor
                        + " GROUP BY c.code",
                rs -> {
                    mentions.put(PovertyCause.valueOf(rs.getString(1)), rs.getLong(2));
                }, unitsOn, year, scope, scope, group, group);
        long all = mentions.values().stream().mapToLong(Long::longValue).sum();
        List<CauseCount> causes = new ArrayList<>();
        for (PovertyCause cause : PovertyCause.values()) {
            long n = mentions.getOrDefault(cause, 0L);
            causes.add(new CauseCount(cause, n, Percent.of(n, all)));
        }
        return new Causes(year, policyGroup, commune, households == null ? 0 : households, all, causes);
    }

    /** The day whose units the review of {@code year} is read under. */
    private LocalDate unitsOn(int year, String units) {
        LocalDate today = BusinessCalendar.today(clock);
        return UnitsRead.of(units, CommuneStatisticsController.Period.of(year, today).end(), today).day();
    }
}
