package vn.householdledger.query.target;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.target.TargetCode;
import vn.householdledger.api.target.TargetEntry;
import vn.householdledger.api.target.TargetsView;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.unit.UnitLineage;

/**
 * The plan of a year against what is true now: the district's targets in percent, and each
 * commune's target number of poor households at the year's end against its poor households now.
 * A worker sees the district and her own communes.
 */
@RestController
public class TargetQueryController {

    public static final String DISTRICT = "DISTRICT";
    public static final String POOR_HOUSEHOLDS = "POOR_HOUSEHOLDS";

    private final JdbcTemplate jdbc;
    private final DistrictMeasures measures;
    private final Clock clock;
    private final UnitLineage lineage;

    public TargetQueryController(JdbcTemplate jdbc, DistrictMeasures measures, Clock clock, UnitLineage lineage) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.clock = clock;
        this.lineage = lineage;
    }

    @Operation(summary = "Read a year's targets with their values now")
    @GetMapping("/api/targets/{year}")
    public TargetsView targets(@PathVariable @Min(1990) @Max(2100) int year) {
        List<TargetEntry> entries = new ArrayList<>(districtTargets(year, BusinessCalendar.today(clock)));
        CommuneScope scope = lineage.scope(null);
        communeTargets(year).stream().filter(e -> scope.covers(e.scope())).forEach(entries::add);
        return new TargetsView(year, entries);
    }

    /** At least the percentage aimed for; in the order of the codes. */
    private List<TargetEntry> districtTargets(int year, LocalDate today) {
        Map<TargetCode, BigDecimal> targets = new EnumMap<>(TargetCode.class);
        jdbc.query("SELECT code, value FROM query_side.district_target WHERE year = ?",
                rs -> { targets.put(TargetCode.valueOf(rs.getString(1)), rs.getBigDecimal(2)); }, year);
        return targets.entrySet().stream().map(t -> {
            DistrictMeasures.Share share = measures.now(t.getKey(), today);
            BigDecimal actual = share.percent();
            return new TargetEntry(t.getKey().name(), DISTRICT, t.getValue(), actual,
                    actual != null && actual.compareTo(t.getValue()) >= 0, share.count(), share.base());
        }).toList();
    }

    /** At most the number of poor households planned for the year's end. */
    private List<TargetEntry> communeTargets(int year) {
        return jdbc.query("""
                        SELECT y.code, y.poor_target_end_of_year,
                               (SELECT count(*) FROM query_side.household h
                                 WHERE h.commune_code = y.code AND h.closed_on IS NULL AND h.classification = 'POOR')
                          FROM query_side.commune_year y WHERE y.year = ? ORDER BY y.code""",
                (rs, i) -> {
                    long target = rs.getLong(2);
                    long poor = rs.getLong(3);
                    return new TargetEntry(POOR_HOUSEHOLDS, rs.getString(1), BigDecimal.valueOf(target), BigDecimal.valueOf(poor),
                            poor <= target, null, null);
                }, year);
    }
}
