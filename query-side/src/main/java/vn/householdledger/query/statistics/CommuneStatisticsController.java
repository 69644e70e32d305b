package vn.householdledger.query.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.householdledger.api.statistics.CommuneRow;
import vn.householdledger.api.statistics.FlowRow;
import vn.householdledger.api.statistics.Statistics;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.unit.UnitLineage;
import vn.householdledger.query.unit.UnitQueries;
import vn.householdledger.query.unit.UnitsRead;

/**
 * Each commune against its plan for a year (the plan's own table), and the year's flows in and out of
 * poverty. "At start" is the status decided on or before 31 December of the year before; "at end", on
 * or before 31 December of the year, or today while the year runs. The rows are the units in force at the
 * end of the year ({@code units=then}) or today ({@code units=current}); every household counts, at start,
 * at end and in its moves, in the unit its placement of that day has become by then, so each row's flows
 * add up, and a unit's households and target are summed over the units that joined it. {@code simulated} says that some
 * status counted at the end rests on an assessment the demo made up, not on a review held.
 */
@RestController
public class CommuneStatisticsController {

    private final UnitQueries units;
    private final UnitLineage lineage;
    private final ReviewCensus census;
    private final Clock clock;

    public CommuneStatisticsController(UnitQueries units, UnitLineage lineage, ReviewCensus census, Clock clock) {
        this.units = units;
        this.lineage = lineage;
        this.census = census;
        this.clock = clock;
    }

    @Operation(operationId = "communeStatistics", summary = "Read a year's commune table: poor and near-poor against the targets")
    @GetMapping("/api/statistics/communes")
    public Statistics<CommuneRow> communes(@RequestParam int year, @RequestParam(required = false) String units) {
        Period period = Period.of(year, BusinessCalendar.today(clock));
        UnitsRead read = UnitsRead.of(units, period.end(), BusinessCalendar.today(clock));
        Map<String, ReviewCensus.Statuses> start = census.statusesOn(period.start(), read.day());
        Map<String, ReviewCensus.Statuses> end = census.statusesOn(period.end(), read.day());
        List<CommuneRow> rows = new ArrayList<>();
        long households = 0, poorStart = 0, target = 0, poorEnd = 0, nearPoorEnd = 0;
        boolean everyTarget = true;
        List<UnitQueries.Planned> communes = plannedUnits(year, read);
        for (UnitQueries.Planned c : communes) {
            long h = c.households() == null ? 0 : c.households();
            ReviewCensus.Statuses s = start.getOrDefault(c.code(), ReviewCensus.Statuses.NONE);
            ReviewCensus.Statuses e = end.getOrDefault(c.code(), ReviewCensus.Statuses.NONE);
            rows.add(CommuneRow.of(c.code(), c.name(), h, s.poor(), c.target(), e.poor(), e.nearPoor()));
            households += h;
            poorStart += s.poor();
            poorEnd += e.poor();
            nearPoorEnd += e.nearPoor();
            everyTarget &= c.target() != null;
            target += c.target() == null ? 0 : c.target();
        }
        CommuneRow total = CommuneRow.of("TOTAL", "Tổng cộng", households, poorStart, everyTarget ? target : null, poorEnd,
                nearPoorEnd);
        return new Statistics<>(year, period.start(), period.end(), rows, total, simulated(communes, period, read));
    }

    @Operation(summary = "Read a year's flows into and out of poverty by commune")
    @GetMapping("/api/statistics/flows")
    public Statistics<FlowRow> flows(@RequestParam int year, @RequestParam(required = false) String units) {
        Period period = Period.of(year, BusinessCalendar.today(clock));
        UnitsRead read = UnitsRead.of(units, period.end(), BusinessCalendar.today(clock));
        Map<String, ReviewCensus.Statuses> start = census.statusesOn(period.start(), read.day());
        Map<String, ReviewCensus.Statuses> end = census.statusesOn(period.end(), read.day());
        Map<String, Map<ClassMove, Long>> moves = census.movesBetween(period.start().plusDays(1), period.end(), read.day());
        List<FlowRow> rows = new ArrayList<>();
        long[] sum = new long[8];
        List<UnitQueries.Planned> communes = plannedUnits(year, read);
        for (UnitQueries.Planned c : communes) {
            ReviewCensus.Statuses s = start.getOrDefault(c.code(), ReviewCensus.Statuses.NONE);
            ReviewCensus.Statuses e = end.getOrDefault(c.code(), ReviewCensus.Statuses.NONE);
            Map<ClassMove, Long> m = moves.getOrDefault(c.code(), Map.of());
            long[] row = {s.poor(), m.getOrDefault(ClassMove.ESCAPED_POVERTY, 0L),
                    m.getOrDefault(ClassMove.BECAME_POOR, 0L), m.getOrDefault(ClassMove.FELL_BACK, 0L),
                    e.poor(), s.nearPoor(), e.nearPoor(), m.getOrDefault(ClassMove.ESCAPED_NEAR_POVERTY, 0L)};
            rows.add(flow(c.code(), row));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row[i];
            }
        }
        return new Statistics<>(year, period.start(), period.end(), rows, flow("TOTAL", sum),
                simulated(communes, period, read));
    }

    /** Whether a status counted at the end of the period, in a commune the caller reads, is simulated. */
    private boolean simulated(List<UnitQueries.Planned> communes, Period period, UnitsRead read) {
        Set<String> simulated = census.simulatedOn(period.end(), read.day());
        return communes.stream().anyMatch(c -> simulated.contains(c.code()));
    }

    private static FlowRow flow(String code, long[] v) {
        return new FlowRow(code, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** The units the caller may read, in force on the day the read names, with their households and target for the year. */
    private List<UnitQueries.Planned> plannedUnits(int year, UnitsRead read) {
        CommuneScope scope = lineage.scope(null);
        return units.planned(year, read.day()).stream().filter(c -> scope.covers(c.code())).toList();
    }

    /** The last day of the year before, and the last day of the year or today while it runs. */
    record Period(LocalDate start, LocalDate end) {
        static Period of(int year, LocalDate today) {
            if (year < 1990 || year > 2100) {
                throw new vn.householdledger.platform.problem.InvalidInput("year", "must be between 1990 and 2100");
            }
            LocalDate end = LocalDate.of(year, 12, 31);
            return new Period(LocalDate.of(year - 1, 12, 31), end.isAfter(today) ? today : end);
        }
    }
}
