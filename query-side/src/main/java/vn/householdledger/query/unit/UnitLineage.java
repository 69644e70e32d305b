package vn.householdledger.query.unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.read.CommuneScope;

/**
 * Which units a caller reads, followed through the units' changes, on the query side. An account naming
 * unit C reads C and every unit merged into C by today (and, since reads count a household in its unit of
 * the day, the households of villages split into C); an account with provinces reads the units of those
 * provinces today and the units merged into them. Auditors, the committee and admins without provinces
 * read everything, as before units changed.
 */
@Repository
public class UnitLineage {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public UnitLineage(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The units a read covers: {@code unit} and its lineage if the caller may read it, else all the caller reads. */
    public CommuneScope scope(String unit) {
        Set<String> readable = readable(Caller.current());
        if (unit != null) {
            requireRead(unit, readable);
            return new CommuneScope(lineage(Set.of(unit)));
        }
        return new CommuneScope(readable);
    }

    /** Refuses a caller who may not read {@code unit}. */
    public void requireRead(String unit) {
        requireRead(unit, readable(Caller.current()));
    }

    /** Refuses a caller who may not read the unit a household recorded in {@code recordedUnit} belongs to today. */
    public void requireReadHousehold(UUID household, String recordedUnit) {
        requireRead(unitToday(household, recordedUnit));
    }

    /**
     * Each household's unit among those in force on {@code day}, from the unit it was in then, as the ledger
     * knew the units' changes at {@code knownAt} (all it knows now, when null).
     */
    public Map<UUID, String> unitsOn(Map<UUID, String> inUnit, LocalDate day, Instant knownAt) {
        Map<UUID, String> units = new HashMap<>();
        if (inUnit.isEmpty()) {
            return units;
        }
        List<UUID> households = List.copyOf(inUnit.keySet());
        jdbc.query("""
                        SELECT x.household_id,
                               query_side.unit_in_force(x.unit, h.village, ?, coalesce(CAST(? AS TIMESTAMPTZ), 'infinity'))
                          FROM unnest(CAST(? AS UUID[]), CAST(? AS TEXT[])) AS x(household_id, unit)
                          LEFT JOIN query_side.household h ON h.household_id = x.household_id""",
                rs -> {
                    units.put(rs.getObject(1, UUID.class), rs.getString(2));
                }, day, knownAt == null ? null : knownAt.atOffset(ZoneOffset.UTC), households.toArray(UUID[]::new),
                households.stream().map(inUnit::get).toArray(String[]::new));
        return units;
    }

    /** The units whose households a read of {@code scope} may hold: its own, and those that split villages into it. */
    public Set<String> sources(CommuneScope scope) {
        if (scope.communes() == null) {
            return null;
        }
        Set<String> sources = new HashSet<>(scope.communes());
        sources.addAll(jdbc.queryForList("SELECT DISTINCT code FROM query_side.unit_split WHERE into_code = ANY (CAST(? AS TEXT[]))",
                String.class, (Object) scope.sqlArray()));
        return sources;
    }

    /** The unit in force today of a household recorded in {@code recordedUnit}. */
    private String unitToday(UUID household, String recordedUnit) {
        return jdbc.queryForObject("""
                SELECT query_side.unit_in_force(?, (SELECT village FROM query_side.household WHERE household_id = ?), ?)""",
                String.class, recordedUnit, household, today());
    }

    private static void requireRead(String unit, Set<String> readable) {
        if (readable != null && !readable.contains(unit)) {
            throw new Forbidden("forbidden.read", Caller.current().username(), unit);
        }
    }

    /** Every unit the caller reads, or null for all of them. */
    private Set<String> readable(Caller caller) {
        if (!caller.limitedToOwnCommunes() && caller.provinces().isEmpty()) {
            return null;
        }
        Set<String> named = new HashSet<>(caller.communes());
        if (!caller.provinces().isEmpty()) {
            String[] provinces = caller.provinces().toArray(String[]::new);
            named.addAll(jdbc.queryForList("""
                    SELECT u.code FROM query_side.unit u
                     WHERE (SELECT a.province_code FROM query_side.unit_attribute a
                             WHERE a.code = u.code AND a.effective_on <= ? AND a.province_code IS NOT NULL
                             ORDER BY a.effective_on DESC, a.change = 'REGISTERED' LIMIT 1) = ANY (CAST(? AS TEXT[]))""",
                    String.class, today(), provinces));
        }
        return lineage(named);
    }

    /** {@code units} and every unit merged into one of them, directly or not, by today. */
    private Set<String> lineage(Set<String> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        List<String> all = jdbc.queryForList("""
                WITH RECURSIVE lineage(code) AS (
                    SELECT unnest(CAST(? AS TEXT[]))
                    UNION
                    SELECT e.code FROM query_side.unit_end e JOIN lineage l ON e.into_code = l.code WHERE e.effective_on <= ?)
                SELECT code FROM lineage""", String.class, units.toArray(String[]::new), today());
        return Set.copyOf(all);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
