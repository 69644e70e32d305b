package vn.householdledger.query.statistics;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.Classification;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads assessments (with their {@link Provenance}), moves between classes, registrations and
 * transfers (where a household is from which day) and closures; owns {@code review_assessment},
 * {@code review_move}, {@code review_placement} and {@code review_closure}; serves the statistics and
 * the escapes.
 */
@Component
@ProcessingGroup(ReviewProjection.NAME)
public class ReviewProjection {

    public static final String NAME = "reviews";
    private static final String MOVE = """
            INSERT INTO query_side.review_move (household_id, sequence_number, year, decided_on, kind, from_class, to_class)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String PLACEMENT = """
            INSERT INTO query_side.review_placement (household_id, sequence_number, from_date, commune_code)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    /** The kinds of move, as {@code review_move.kind}. */
    public enum Move { BECAME_POOR, FELL_BACK, ESCAPED_POVERTY, ESCAPED_NEAR_POVERTY }

    private final ReadModelWriter writer;

    public ReviewProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(HouseholdRegistered event, @SequenceNumber long sequence) {
        writer.write(PLACEMENT, event.householdId(), sequence, event.registeredOn(), event.communeCode());
    }

    @EventHandler
    void on(HouseholdTransferred event, @SequenceNumber long sequence) {
        writer.write(PLACEMENT, event.householdId(), sequence, event.transferredOn(), event.toCommuneCode());
    }

    @EventHandler
    void on(HouseholdClosed event) {
        writer.write("INSERT INTO query_side.review_closure (household_id, closed_on) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.householdId(), event.closedOn());
    }

    @EventHandler
    void on(HouseholdAssessed event, @SequenceNumber long sequence, @MetaDataValue(Provenance.KEY) String provenance) {
        writer.write("""
                INSERT INTO query_side.review_assessment (household_id, sequence_number, year, assessed_on, commune_code,
                       standard, classification, policy_group, income, deprivations, causes, simulated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.householdId(), sequence, event.year(), event.assessedOn(), event.communeCode(), event.standard(),
                event.classification().name(), event.policyGroup().name(), event.incomePerCapitaMonthly(),
                event.deprivations().toArray(String[]::new), event.causes().stream().map(Enum::name).toArray(String[]::new),
                Provenance.isSimulated(provenance));
    }

    @EventHandler
    void on(HouseholdBecamePoor event, @SequenceNumber long sequence) {
        move(event.householdId(), sequence, event.year(), event.decidedOn(), Move.BECAME_POOR, event.from(), Classification.POOR);
    }

    @EventHandler
    void on(HouseholdFellBackIntoPoverty event, @SequenceNumber long sequence) {
        move(event.householdId(), sequence, event.year(), event.decidedOn(), Move.FELL_BACK, event.from(), Classification.POOR);
    }

    @EventHandler
    void on(HouseholdEscapedPoverty event, @SequenceNumber long sequence) {
        move(event.householdId(), sequence, event.year(), event.decidedOn(), Move.ESCAPED_POVERTY, Classification.POOR, event.to());
    }

    @EventHandler
    void on(HouseholdEscapedNearPoverty event, @SequenceNumber long sequence) {
        move(event.householdId(), sequence, event.year(), event.decidedOn(), Move.ESCAPED_NEAR_POVERTY,
                Classification.NEAR_POOR, Classification.NOT_POOR);
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.review_assessment, query_side.review_move, query_side.review_placement, "
                + "query_side.review_closure");
    }

    private void move(java.util.UUID household, long sequence, int year, java.time.LocalDate on, Move kind,
                      Classification from, Classification to) {
        writer.write(MOVE, household, sequence, year, on, kind.name(), from == null ? null : from.name(), to.name());
    }
}
