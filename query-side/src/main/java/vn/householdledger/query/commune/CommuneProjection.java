package vn.householdledger.query.commune;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.CommuneYearPlanned;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads {@link CommuneRegistered} and {@link CommuneYearPlanned}; owns {@code commune} and
 * {@code commune_year}; serves the commune list and the names and denominators of every report.
 */
@Component
@ProcessingGroup(CommuneProjection.NAME)
public class CommuneProjection {

    public static final String NAME = "communes";

    private final ReadModelWriter writer;

    public CommuneProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(CommuneRegistered event) {
        writer.write("""
                INSERT INTO query_side.commune (code, name, kind, area, registered_on) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""",
                event.code(), event.name(), event.kind().name(), event.area().name(), event.registeredOn());
    }

    @EventHandler
    void on(CommuneYearPlanned event) {
        writer.write("""
                INSERT INTO query_side.commune_year (code, year, households, poor_target_end_of_year) VALUES (?, ?, ?, ?)
                ON CONFLICT (code, year) DO UPDATE
                SET households = excluded.households, poor_target_end_of_year = excluded.poor_target_end_of_year""",
                event.code(), event.year(), event.households(), event.poorTargetEndOfYear());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.commune, query_side.commune_year");
    }
}
