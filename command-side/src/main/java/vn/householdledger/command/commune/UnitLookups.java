package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.commune.ProvinceRegistered;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Records, in the transaction of the change, what {@link CommuneDirectory} follows households by: the
 * day a unit ended and where it went ({@code commune_directory}), each unit's area and province by date
 * ({@code unit_reclassification}), the villages split off ({@code village_split}), the registered
 * provinces ({@code province_directory}) and the units each change wrote to ({@code unit_change}).
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class UnitLookups implements LookupTables {

    private final JdbcTemplate jdbc;

    public UnitLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProvinceRegistered event) {
        jdbc.update("INSERT INTO command_side.province_directory (code) VALUES (?)", event.code());
    }

    @EventHandler
    void on(UnitMerged event) {
        ended(event.code(), event.changeId(), event.effectiveOn(), event.into());
    }

    @EventHandler
    void on(UnitDissolved event) {
        ended(event.code(), event.changeId(), event.effectiveOn(), null);
    }

    @EventHandler
    void on(UnitSplit event) {
        event.villages().forEach(village -> jdbc.update("""
                        INSERT INTO command_side.village_split (code, village, effective_on, into_code) VALUES (?, ?, ?, ?)""",
                event.code(), village, event.effectiveOn(), event.into()));
        changed(event.changeId(), event.code());
    }

    @EventHandler
    void on(UnitRenamed event) {
        changed(event.changeId(), event.code());
    }

    @EventHandler
    void on(UnitReclassified event) {
        jdbc.update("""
                        INSERT INTO command_side.unit_reclassification (code, effective_on, area, province_code) VALUES (?, ?, ?, ?)
                        ON CONFLICT (code, effective_on) DO UPDATE SET area = excluded.area, province_code = excluded.province_code""",
                event.code(), event.effectiveOn(), event.area().name(), event.provinceCode());
        changed(event.changeId(), event.code());
    }

    private void ended(String code, UUID changeId, LocalDate on, String into) {
        jdbc.update("UPDATE command_side.commune_directory SET ended_on = ?, merged_into = ? WHERE code = ?", on, into, code);
        changed(changeId, code);
    }

    private void changed(UUID changeId, String code) {
        jdbc.update("INSERT INTO command_side.unit_change (change_id, code) VALUES (?, ?) ON CONFLICT DO NOTHING", changeId, code);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command_side.unit_reclassification");
        jdbc.update("DELETE FROM command_side.village_split");
        jdbc.update("DELETE FROM command_side.province_directory");
        jdbc.update("DELETE FROM command_side.unit_change");
    }

    @Override
    public boolean isEmpty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM command_side.unit_reclassification)
                    OR EXISTS (SELECT 1 FROM command_side.village_split)
                    OR EXISTS (SELECT 1 FROM command_side.province_directory)
                    OR EXISTS (SELECT 1 FROM command_side.unit_change)""", Boolean.class));
    }
}
