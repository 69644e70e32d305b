package vn.householdledger.query.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.unit.UnitItem;
import vn.householdledger.query.read.SqlArrays;

/**
 * The units in force on a day, from the units projection's tables: established on or before it and not
 * merged or dissolved by then, each with its name, kind, area and province of that day, and the units
 * that merged (or split villages) into it by then.
 */
@Repository
public class UnitQueries {

    /** The latest value of an attribute from the day or before; a rename or reclassification outranks a registration. */
    private static final String LATEST = """
            (SELECT a.%1$s FROM query_side.unit_attribute a
              WHERE a.code = u.code AND a.effective_on <= ? AND a.%1$s IS NOT NULL
              ORDER BY a.effective_on DESC, a.change = 'REGISTERED' LIMIT 1)""";

    private final JdbcTemplate jdbc;

    public UnitQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit in force with its households and poor target of a year, summed over the units that joined it. */
    public record Planned(String code, String name, String area, Long households, Long target) {
    }

    /**
     * The units in force on {@code unitsOn}, each with the yearly figures of {@code year} of every unit
     * whose households it has by then (itself included); null where none of them has figures for the year.
     */
    public List<Planned> planned(int year, LocalDate unitsOn) {
        Map<String, Long[]> sums = new HashMap<>();
        jdbc.query("""
                        SELECT query_side.unit_in_force(code, NULL, ?), sum(households), sum(poor_target_end_of_year)
                          FROM query_side.commune_year WHERE year = ? GROUP BY 1""",
                rs -> {
                    sums.put(rs.getString(1), new Long[] {rs.getLong(2), rs.getLong(3)});
                }, unitsOn, year);
        return inForce(unitsOn).stream().map(unit -> {
            Long[] sum = sums.getOrDefault(unit.code(), new Long[2]);
            return new Planned(unit.code(), unit.name(), unit.area(), sum[0], sum[1]);
        }).toList();
    }

    public List<UnitItem> inForce(LocalDate day) {
        return jdbc.query("""
                        SELECT x.*, p.name AS province_name FROM (
                            SELECT u.code, u.official_code, u.district,
                                   CASE WHEN u.established_on = '-infinity' THEN NULL ELSE u.established_on END AS established_on,
                                   %s AS name, %s AS kind, %s AS area, %s AS province_code,
                                   ARRAY(SELECT e.code FROM query_side.unit_end e WHERE e.into_code = u.code AND e.effective_on <= ?
                                         UNION SELECT s.code FROM query_side.unit_split s
                                                WHERE s.into_code = u.code AND s.effective_on <= ?
                                         ORDER BY 1) AS came_from
                              FROM query_side.unit u
                             WHERE u.established_on <= ?
                               AND NOT EXISTS (SELECT 1 FROM query_side.unit_end e WHERE e.code = u.code AND e.effective_on <= ?)) x
                          LEFT JOIN query_side.unit_province p ON p.code = x.province_code
                         ORDER BY x.code""".formatted(LATEST.formatted("name"), LATEST.formatted("kind"),
                        LATEST.formatted("area"), LATEST.formatted("province_code")),
                (rs, i) -> new UnitItem(rs.getString("code"), rs.getString("name"), rs.getString("kind"), rs.getString("area"),
                        rs.getString("province_code"), rs.getString("province_name"), rs.getString("district"),
                        rs.getString("official_code"), rs.getObject("established_on", LocalDate.class),
                        SqlArrays.strings(rs.getArray("came_from"))),
                day, day, day, day, day, day, day, day);
    }
}
