package vn.householdledger.query.review.certificate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads each household's assessments (a review's outcome or one brought in from paper, with its commune,
 * review and decision number) and their voidings; owns {@code recognition}; serves
 * {@code GET /api/households/{id}/certificate}, through {@link CertificateQueries}. A voided assessment is
 * kept and marked: the class the household is recognised in is its latest assessment not voided, as if the
 * voided one had not been made.
 */
@Component
@ProcessingGroup(RecognitionProjection.NAME)
public class RecognitionProjection {

    public static final String NAME = "recognitions";

    private final ReadModelWriter writer;

    public RecognitionProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(HouseholdAssessed event, @SequenceNumber long sequence) {
        writer.write("""
                INSERT INTO query_side.recognition (household_id, assessment_id, sequence_number, commune_code, year, kind,
                       assessed_on, standard, classification, review_id, decision_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id, assessment_id) DO NOTHING""",
                event.householdId(), event.assessmentId(), sequence, event.communeCode(), event.year(), event.kind().name(),
                event.assessedOn(), event.standard(), event.classification().name(), event.reviewId(), event.decisionNumber());
    }

    @EventHandler
    void on(AssessmentVoided event) {
        writer.write("UPDATE query_side.recognition SET voided = TRUE WHERE household_id = ? AND assessment_id = ?",
                event.householdId(), event.assessmentId());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.recognition");
    }
}
