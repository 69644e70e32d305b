package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.commune.Area;

/** {@link CommuneDirectory} read from the {@code command_side} lookups of units and provinces. */
@Repository
public class JdbcCommuneDirectory implements CommuneDirectory {

    private final JdbcTemplate jdbc;

    public JdbcCommuneDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The area and province of the latest reclassification in force on the day, else those of the registration. */
    @Override
    public Optional<UnitOnDay> unitOn(String code, LocalDate day) {
        return jdbc.query("""
                        SELECT d.code, coalesce(r.area, d.area), CASE WHEN r.code IS NULL THEN d.province_code ELSE r.province_code END,
                               d.established_on, d.ended_on
                          FROM command_side.commune_directory d
                          LEFT JOIN LATERAL (SELECT * FROM command_side.unit_reclassification r
                                              WHERE r.code = d.code AND r.effective_on <= ?
                                              ORDER BY r.effective_on DESC LIMIT 1) r ON TRUE
                         WHERE d.code = ?""",
                (rs, i) -> new UnitOnDay(rs.getString(1), Area.valueOf(rs.getString(2)), rs.getString(3),
                        new UnitLife(rs.getString(1), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))),
                day, code).stream().findFirst();
    }

    /**
     * Follows the unit's history up to {@code day}: a split that took the village away, then a merge that
     * took the unit; each unit reached may have changed again. A unit ends once, so the walk ends.
     */
    @Override
    public UnitOnDay unitOf(String code, String village, LocalDate day) {
        String unit = code;
        Set<String> seen = new HashSet<>();
        while (seen.add(unit)) {
            Optional<String> next = jdbc.queryForList("""
                    SELECT into_code FROM command_side.village_split
                     WHERE code = ? AND village = ? AND effective_on <= ? ORDER BY effective_on DESC LIMIT 1""",
                    String.class, unit, village, day).stream().findFirst();
            if (next.isEmpty()) {
                next = jdbc.queryForList("""
                        SELECT merged_into FROM command_side.commune_directory
                         WHERE code = ? AND ended_on <= ? AND merged_into IS NOT NULL""", String.class, unit, day)
                        .stream().findFirst();
            }
            if (next.isEmpty()) {
                break;
            }
            unit = next.get();
        }
        String found = unit;
        return unitOn(found, day).orElseThrow(() -> new IllegalStateException("Unit " + found + " is not in the directory"));
    }

    @Override
    public boolean isRegistered(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_side.commune_directory WHERE code = ?)", Boolean.class, code));
    }

    @Override
    public boolean isProvince(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM command_side.province_directory WHERE code = ?)", Boolean.class, code));
    }

    @Override
    public Set<String> unitsOfChange(UUID changeId) {
        return Set.copyOf(jdbc.queryForList("SELECT code FROM command_side.unit_change WHERE change_id = ?", String.class,
                changeId));
    }
}
