package vn.householdledger.query.pledge;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads {@link EscapePledged}; owns {@code escape_pledge}; serves {@code GET /api/escape-pledges}
 * ({@link EscapePledgeQueries}, which reads each pledge's outcome from the reviews' read model).
 */
@Component
@ProcessingGroup(EscapePledgeProjection.NAME)
public class EscapePledgeProjection {

    public static final String NAME = "escape-pledges";

    private final ReadModelWriter writer;

    public EscapePledgeProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    /** A household pledges a year once (the aggregate refuses a second: {@code ALREADY_PLEDGED}); a replay finds it there. */
    @EventHandler
    void on(EscapePledged event) {
        writer.write("""
                INSERT INTO query_side.escape_pledge (household_id, year, pledged_on) VALUES (?, ?, ?)
                ON CONFLICT (household_id, year) DO NOTHING""", event.householdId(), event.year(), event.pledgedOn());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.escape_pledge");
    }
}
