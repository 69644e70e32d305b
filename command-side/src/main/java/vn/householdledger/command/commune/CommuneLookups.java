package vn.householdledger.command.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.ProvinceRegistered;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Records, in the transaction of the command, what {@link CommuneDirectory} follows units and households
 * by: each unit's code, area, establishment and province, and the day it ended and where it went
 * ({@code commune_directory}); its area and province by date ({@code unit_reclassification}); the
 * villages split off ({@code village_split}); the registered provinces ({@code province_directory}); and
 * the units each change wrote to ({@code unit_change}). Two registrations of one code are two creations
 * of one event stream: the event store's key refuses the later before it gets here.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class CommuneLookups implements LookupTables {

    private static final List<String> TABLES =
            List.of("commune_directory", "unit_reclassification", "village_split", "province_directory", "unit_change");

    private final JdbcTemplate jdbc;

    public CommuneLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CommuneRegistered event) {
        jdbc.update("""
                INSERT INTO command_side.commune_directory (code, area, established_on, province_code) VALUES (?, ?, ?, ?)""",
                event.code(), event.area().name(), event.establishedOn(), event.provinceCode());
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
                        INSERT INTO command_side.village_split (code, village, effective_on, into_code) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
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
        TABLES.forEach(table -> jdbc.update("DELETE FROM command_side." + table));
    }

    @Override
    public boolean isEmpty() {
        return LookupTables.noRows(jdbc, TABLES);
    }
}
