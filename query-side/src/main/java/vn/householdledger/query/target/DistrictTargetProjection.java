package vn.householdledger.query.target;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.householdledger.events.target.DistrictTargetsSet;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads {@link DistrictTargetsSet}; owns {@code district_target}; serves the district entries of
 * {@code GET /api/targets/{year}}.
 */
@Component
@ProcessingGroup(DistrictTargetProjection.NAME)
public class DistrictTargetProjection {

    public static final String NAME = "targets";

    private final ReadModelWriter writer;

    public DistrictTargetProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    /** A setting replaces the year's whole list. */
    @EventHandler
    void on(DistrictTargetsSet event) {
        writer.write("DELETE FROM query_side.district_target WHERE year = ?", event.year());
        event.targets().forEach(t -> writer.write("INSERT INTO query_side.district_target (year, code, value) VALUES (?, ?, ?)",
                event.year(), t.code().name(), t.value()));
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.district_target");
    }
}
