package vn.householdledger.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
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
import vn.householdledger.query.read.CommuneScope;

/**
 * What the review of a year found: deprivations among the households it classified as a status, and
 * the causes of poverty among its poor households. Each household counts once, by its last assessment
 * in that review that was not voided, in the commune it was assessed in.
 */
@RestController
public class ReviewFindingsController {

    /** The last standing (not voided) assessment of each household in the review of a year, within the scope. */
    private static final String REVIEWED = """
            WITH reviewed AS (
                SELECT DISTINCT ON (household_id) household_id, commune_code, classification, policy_group, deprivations, causes
                  FROM query_side.review_assessment
                 WHERE year = ? AND NOT voided AND (CAST(? AS TEXT[]) IS NULL OR commune_code = ANY (CAST(? AS TEXT[])))
                 ORDER BY household_id, sequence_number DESC)
            """;

    private final JdbcTemplate jdbc;

    public ReviewFindingsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "Read the deprivations a year's review found")
    @GetMapping("/api/statistics/deprivations")
    public Deprivations deprivations(@RequestParam int year, @RequestParam(defaultValue = "POOR") Classification status,
                                     @RequestParam(required = false) String commune) {
        String[] scope = CommuneScope.of(commune).sqlArray();
        Long base = jdbc.queryForObject(REVIEWED + "SELECT count(*) FROM reviewed WHERE classification = ?", Long.class,
                year, scope, scope, status.name());
        long households = base == null ? 0 : base;
        List<IndicatorCount> indicators = jdbc.query(REVIEWED + """
                        SELECT d.code, count(*) FROM reviewed, unnest(reviewed.deprivations) AS d(code)
                         WHERE classification = ? GROUP BY d.code ORDER BY count(*) DESC, d.code""",
                (rs, i) -> new IndicatorCount(rs.getString(1), rs.getLong(2), Percent.of(rs.getLong(2), households)),
                year, scope, scope, status.name());
        return new Deprivations(year, status, commune, households, indicators);
    }

    @Operation(summary = "Read the causes of poverty a year's review found")
    @GetMapping("/api/statistics/causes")
    public Causes causes(@RequestParam int year, @RequestParam(required = false) PolicyGroup policyGroup,
                         @RequestParam(required = false) String commune) {
        String[] scope = CommuneScope.of(commune).sqlArray();
        String group = policyGroup == null ? null : policyGroup.name();
        String poor = " WHERE classification = 'POOR' AND (CAST(? AS VARCHAR) IS NULL OR policy_group = ?)";
        Long households = jdbc.queryForObject(REVIEWED + "SELECT count(*) FROM reviewed" + poor, Long.class,
                year, scope, scope, group, group);
        Map<PovertyCause, Long> mentions = new EnumMap<>(PovertyCause.class);
        jdbc.query(REVIEWED + "SELECT c.code, count(*) FROM reviewed, unnest(reviewed.causes) AS c(code)" + poor
                        + " GROUP BY c.code",
                rs -> {
                    mentions.put(PovertyCause.valueOf(rs.getString(1)), rs.getLong(2));
                }, year, scope, scope, group, group);
        long all = mentions.values().stream().mapToLong(Long::longValue).sum();
        List<CauseCount> causes = new ArrayList<>();
        for (PovertyCause cause : PovertyCause.values()) {
            long n = mentions.getOrDefault(cause, 0L);
            causes.add(new CauseCount(cause, n, Percent.of(n, all)));
        }
        return new Causes(year, policyGroup, commune, households == null ? 0 : households, all, causes);
    }
}
