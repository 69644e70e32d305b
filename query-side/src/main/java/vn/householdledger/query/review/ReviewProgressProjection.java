package vn.householdledger.query.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.householdledger.api.review.ReviewStep;
import vn.householdledger.events.review.ComplaintReceived;
import vn.householdledger.events.review.ComplaintResolved;
import vn.householdledger.events.review.HouseholdListedForReview;
import vn.householdledger.events.review.HouseholdSurveyed;
import vn.householdledger.events.review.ReviewBecameOverdue;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.events.review.ReviewPosted;
import vn.householdledger.events.review.VillageMeetingHeld;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads every step of a review: opened, household listed, surveyed, village meeting, posted, complaint
 * received and resolved, decided, overdue; owns {@code review}, {@code review_household} and
 * {@code review_complaint}; serves {@code GET /api/reviews}, {@code GET /api/reviews/{reviewId}} and its
 * posting list, through {@link ReviewQueries}. It records what each event means and nothing more: a new
 * survey replaces the proposal and takes back its agreement; a meeting agrees or disputes; an upheld
 * complaint takes back the agreement and the review from POSTED to OPEN until it is posted again; the
 * decision fills each household's decided class.
 */
@Component
@ProcessingGroup(ReviewProgressProjection.NAME)
public class ReviewProgressProjection {

    public static final String NAME = "review-progress";
    private static final String AGREEMENT = """
            UPDATE query_side.review_household SET agreed = ? WHERE review_id = ? AND household_id = ?""";

    private final ReadModelWriter writer;

    public ReviewProgressProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ReviewOpened event) {
        writer.write("""
                INSERT INTO query_side.review (review_id, commune_code, year, kind, standard, lists_year, step, opened_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id) DO NOTHING""",
                event.reviewId(), event.communeCode(), event.year(), event.kind().name(), event.standard(), event.listsYear(),
                ReviewStep.OPEN.name(), event.openedOn());
    }

    @EventHandler
    void on(HouseholdListedForReview event) {
        writer.write("""
                INSERT INTO query_side.review_household (review_id, household_id, village, reason, listed_on)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (review_id, household_id) DO NOTHING""",
                event.reviewId(), event.householdId(), event.village(), event.reason().name(), event.listedOn());
    }

    @EventHandler
    void on(HouseholdSurveyed event) {
        writer.write("""
                UPDATE query_side.review_household SET surveyed_on = ?, proposed_classification = ?, agreed = FALSE
                 WHERE review_id = ? AND household_id = ?""",
                event.surveyedOn(), event.proposedClassification().name(), event.reviewId(), event.householdId());
    }

    @EventHandler
    void on(VillageMeetingHeld event) {
        event.agreed().forEach(household -> writer.write(AGREEMENT, true, event.reviewId(), household));
        event.disputed().forEach(dispute -> writer.write(AGREEMENT, false, event.reviewId(), dispute.householdId()));
    }

    @EventHandler
    void on(ReviewPosted event) {
        writer.write("UPDATE query_side.review SET step = ?, posted_on = ?, posting_ends_on = ? WHERE review_id = ?",
                ReviewStep.POSTED.name(), event.postedOn(), event.postingEndsOn(), event.reviewId());
    }

    @EventHandler
    void on(ComplaintReceived event) {
        writer.write("""
                INSERT INTO query_side.review_complaint (review_id, complaint_id, household_id, received_on)
                VALUES (?, ?, ?, ?) ON CONFLICT (review_id, complaint_id) DO NOTHING""",
                event.reviewId(), event.complaintId(), event.householdId(), event.receivedOn());
    }

    @EventHandler
    void on(ComplaintResolved event, @SequenceNumber long sequence) {
        writer.write("""
                UPDATE query_side.review_complaint SET resolved_on = ?, upheld = ?, resolved_sequence = ?
                 WHERE review_id = ? AND complaint_id = ?""",
                event.resolvedOn(), event.upheld(), sequence, event.reviewId(), event.complaintId());
        if (event.upheld()) {
            writer.write(AGREEMENT, false, event.reviewId(), event.householdId());
            writer.write("UPDATE query_side.review SET step = ? WHERE review_id = ? AND step = ?",
                    ReviewStep.OPEN.name(), event.reviewId(), ReviewStep.POSTED.name());
        }
    }

    @EventHandler
    void on(ReviewDecided event) {
        writer.write("UPDATE query_side.review SET step = ?, decided_on = ?, decision_number = ? WHERE review_id = ?",
                ReviewStep.DECIDED.name(), event.decidedOn(), event.decisionNumber(), event.reviewId());
        event.households().forEach(decided -> writer.write("""
                UPDATE query_side.review_household SET decided_classification = ? WHERE review_id = ? AND household_id = ?""",
                decided.classification().name(), event.reviewId(), decided.householdId()));
    }

    @EventHandler
    void on(ReviewBecameOverdue event) {
        writer.write("UPDATE query_side.review SET overdue_on = ? WHERE review_id = ?", event.dueOn(), event.reviewId());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.review, query_side.review_household, query_side.review_complaint");
    }
}
