package vn.householdledger.query.statistics;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.Classification;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.ClassMove;
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
 * Reads assessments (with their {@link Provenance}), moves between classes, voidings and restatements,
 * registrations and transfers (where a household is from which day, in which village) and closures; owns
 * {@code review_assessment}, {@code review_move}, {@code review_placement}, {@code review_closure},
 * {@code review_household_count}, {@code review_count} and {@code review_count_year}; serves the statistics
 * and the escapes. A voided assessment stays, marked, and the statistics leave it out; each move names the
 * assessment that made it ({@code assessment_sequence}), so that a voiding takes the voided one's move away
 * and a restatement replaces the restated one's.
 * <p>
 * The commune table and the flows (tổng hợp hộ nghèo) are kept as counts, so that the first answer after a
 * review is as fast as the next: {@code review_count} holds, by recorded commune and village, day and
 * class (and whether the status is simulated), +1 where a household's status starts and -1 where it ends,
 * and the moves decided each day ({@code review_count_year} sums them by year), so that a day's statuses
 * of every commune are a sum over the years up to it less the days after it in its year
 * ({@link ReviewCensus}), resolved to the units in force by commune and village. Each event that changes a
 * household's timeline, backdated or not, has {@link ReviewCounts} recount that household from its
 * assessments, placements, closure and moves when the batch commits, and apply the difference to what it
 * counted before ({@code review_household_count}).
 */
@Component
@ProcessingGroup(ReviewProjection.NAME)
public class ReviewProjection {

    public static final String NAME = "reviews";
    /** A move recorded with its assessment follows it in the household's stream. */
    private static final String MOVE = """
            INSERT INTO query_side.review_move (household_id, sequence_number, year, decided_on, kind, from_class, to_class,
                   assessment_sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ? - 1) ON CONFLICT DO NOTHING""";
    private static final String MOVES_OF_ASSESSMENT_GO = """
            DELETE FROM query_side.review_move m USING query_side.review_assessment a
             WHERE a.household_id = ? AND a.assessment_id = ?
               AND m.household_id = a.household_id AND m.assessment_sequence = a.sequence_number""";
    private static final String PLACEMENT = """
            INSERT INTO query_side.review_placement (household_id, sequence_number, from_date, commune_code, village)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final ReadModelWriter writer;
    private final ReviewCounts counts;

    public ReviewProjection(ReadModelWriter writer, ReviewCounts counts) {
        this.writer = writer;
        this.counts = counts;
    }

    @EventHandler
    void on(HouseholdRegistered event, @SequenceNumber long sequence, ReplayStatus status) {
        writer.write(PLACEMENT, event.householdId(), sequence, event.registeredOn(), event.communeCode(), event.village());
        counts.recount(event.householdId(), status);
    }

    @EventHandler
    void on(HouseholdTransferred event, @SequenceNumber long sequence, ReplayStatus status) {
        writer.write(PLACEMENT, event.householdId(), sequence, event.transferredOn(), event.toCommuneCode(), null);
        counts.recount(event.householdId(), status);
    }

    @EventHandler
    void on(HouseholdClosed event, ReplayStatus status) {
        writer.write("INSERT INTO query_side.review_closure (household_id, closed_on) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.householdId(), event.closedOn());
        counts.recount(event.householdId(), status);
    }

    @EventHandler
    void on(HouseholdAssessed event, @SequenceNumber long sequence, @MetaDataValue(Provenance.KEY) String provenance,
            ReplayStatus status) {
        writer.write("""
                INSERT INTO query_side.review_assessment (household_id, sequence_number, year, assessed_on, commune_code,
                       standard, classification, policy_group, income, deprivations, causes, simulated, assessment_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.householdId(), sequence, event.year(), event.assessedOn(), event.communeCode(), event.standard(),
                event.classification().name(), event.policyGroup().name(), event.incomePerCapitaMonthly(),
                event.deprivations().toArray(String[]::new), event.causes().stream().map(Enum::name).toArray(String[]::new),
                Provenance.isSimulated(provenance), event.assessmentId());
        counts.recount(event.householdId(), status);
    }

    @EventHandler
    void on(AssessmentVoided event, ReplayStatus status) {
        writer.write("UPDATE query_side.review_assessment SET voided = TRUE WHERE household_id = ? AND assessment_id = ?",
                event.householdId(), event.assessmentId());
        writer.write(MOVES_OF_ASSESSMENT_GO, event.householdId(), event.assessmentId());
        counts.recount(event.householdId(), status);
    }

    /** The restated assessment's move replaces the one it made before; its review and date stay its own. */
    @EventHandler
    void on(AssessmentRestated event, @SequenceNumber long sequence, ReplayStatus status) {
        writer.write(MOVES_OF_ASSESSMENT_GO, event.householdId(), event.assessmentId());
        if (event.move() != null) {
            writer.write("""
                    INSERT INTO query_side.review_move (household_id, sequence_number, year, decided_on, kind, from_class,
                           to_class, assessment_sequence)
                    SELECT household_id, ?, ?, ?, ?, ?, ?, sequence_number FROM query_side.review_assessment
                     WHERE household_id = ? AND assessment_id = ? ON CONFLICT DO NOTHING""",
                    sequence, event.year(), event.assessedOn(), event.move().name(),
                    event.previousClassification() == null ? null : event.previousClassification().name(),
                    event.classification().name(), event.householdId(), event.assessmentId());
        }
        counts.recount(event.householdId(), status);
    }

    @EventHandler
    void on(HouseholdBecamePoor event, @SequenceNumber long sequence, ReplayStatus status) {
        move(status, event.householdId(), sequence, event.year(), event.decidedOn(), ClassMove.BECAME_POOR, event.from(),
                Classification.POOR);
    }

    @EventHandler
    void on(HouseholdFellBackIntoPoverty event, @SequenceNumber long sequence, ReplayStatus status) {
        move(status, event.householdId(), sequence, event.year(), event.decidedOn(), ClassMove.FELL_BACK, event.from(),
                Classification.POOR);
    }

    @EventHandler
    void on(HouseholdEscapedPoverty event, @SequenceNumber long sequence, ReplayStatus status) {
        move(status, event.householdId(), sequence, event.year(), event.decidedOn(), ClassMove.ESCAPED_POVERTY, Classification.POOR,
                event.to());
    }

    @EventHandler
    void on(HouseholdEscapedNearPoverty event, @SequenceNumber long sequence, ReplayStatus status) {
        move(status, event.householdId(), sequence, event.year(), event.decidedOn(), ClassMove.ESCAPED_NEAR_POVERTY,
                Classification.NEAR_POOR, Classification.NOT_POOR);
    }

    @ResetHandler
    void reset() {
        counts.reset();
        writer.write("TRUNCATE query_side.review_assessment, query_side.review_move, query_side.review_placement, "
                + "query_side.review_closure, query_side.review_household_count, query_side.review_count, "
                + "query_side.review_count_year");
    }

    private void move(ReplayStatus status, java.util.UUID household, long sequence, int year, java.time.LocalDate on,
                      ClassMove kind, Classification from, Classification to) {
        writer.write(MOVE, household, sequence, year, on, kind.name(), from == null ? null : from.name(), to.name(), sequence);
        counts.recount(household, status);
    }
}
