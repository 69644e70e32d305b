package vn.householdledger.command.commune;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Records {@code command_side.commune_directory} (each commune's code, area, establishment and province) from
 * {@link CommuneRegistered}, in the transaction of the registration. Two registrations of one code are
 * two creations of one event stream: the event store's key refuses the later before it gets here.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class CommuneLookups implements LookupTables {

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

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command_side.commune_directory");
    }

    @Override
    public boolean isEmpty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.commune_directory)",
                Boolean.class));
    }
}
