package vn.householdledger.query.report;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.Relation;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads assessments (the lists each sets), the moves between classes they make, their voidings and
 * restatements, and the members (who heads the household, their sex and ethnic group); owns
 * {@code review_result} and {@code review_result_member}; serves {@code GET /api/reports/review-results}
 * and its appendices, through {@link ReviewResultQueries}. Each assessment keeps the head it had when it was
 * decided, so that a later change of head does not rewrite a report already sent.
 */
@Component
@ProcessingGroup(ReviewResultProjection.NAME)
public class ReviewResultProjection {

    public static final String NAME = "review-results";
    private static final String MEMBER = """
            INSERT INTO query_side.review_result_member (household_id, member_id, sex, ethnicity, head)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    /** A move follows the assessment that made it in the household's stream. */
    private static final String MOVE = """
            UPDATE query_side.review_result SET move = ? WHERE household_id = ? AND sequence_number = ? - 1""";

    private final ReadModelWriter writer;

    public ReviewResultProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        event.members().forEach(member -> member(event.householdId(), member));
    }

    @EventHandler
    void on(MemberJoined event) {
        member(event.householdId(), event.member());
    }

    @EventHandler
    void on(MemberDeparted event) {
        writer.write("DELETE FROM query_side.review_result_member WHERE household_id = ? AND member_id = ?",
                event.householdId(), event.memberId());
    }

    @EventHandler
    void on(HeadChanged event) {
        writer.write("UPDATE query_side.review_result_member SET head = (member_id = ?) WHERE household_id = ?",
                event.memberId(), event.householdId());
    }

    @EventHandler
    void on(MemberAttributesCorrected event) {
        writer.write("UPDATE query_side.review_result_member SET ethnicity = ? WHERE household_id = ? AND member_id = ?",
                event.ethnicity(), event.householdId(), event.memberId());
    }

    @EventHandler
    void on(HouseholdAssessed event, @SequenceNumber long sequence) {
        int listsYear = event.kind().listsYear(event.year());
        writer.write("""
                INSERT INTO query_side.review_result (household_id, sequence_number, assessment_id, lists_year, decided_on,
                       commune_code, classification, policy_group, deprivations, causes, head_sex, head_ethnicity)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, h.sex, h.ethnicity
                  FROM (SELECT 1) one
                  LEFT JOIN query_side.review_result_member h ON h.household_id = ? AND h.head
                ON CONFLICT DO NOTHING""",
                event.householdId(), sequence, event.assessmentId(), listsYear, event.assessedOn(), event.communeCode(),
                event.classification().name(), event.policyGroup().name(), event.deprivations().toArray(String[]::new),
                event.causes().stream().map(Enum::name).toArray(String[]::new), event.householdId());
    }

    @EventHandler
    void on(HouseholdBecamePoor event, @SequenceNumber long sequence) {
        writer.write(MOVE, ClassMove.BECAME_POOR.name(), event.householdId(), sequence);
    }

    @EventHandler
    void on(HouseholdFellBackIntoPoverty event, @SequenceNumber long sequence) {
        writer.write(MOVE, ClassMove.FELL_BACK.name(), event.householdId(), sequence);
    }

    @EventHandler
    void on(HouseholdEscapedPoverty event, @SequenceNumber long sequence) {
        writer.write(MOVE, ClassMove.ESCAPED_POVERTY.name(), event.householdId(), sequence);
    }

    @EventHandler
    void on(HouseholdEscapedNearPoverty event, @SequenceNumber long sequence) {
        writer.write(MOVE, ClassMove.ESCAPED_NEAR_POVERTY.name(), event.householdId(), sequence);
    }

    @EventHandler
    void on(AssessmentVoided event) {
        writer.write("UPDATE query_side.review_result SET voided = TRUE WHERE household_id = ? AND assessment_id = ?",
                event.householdId(), event.assessmentId());
    }

    /** A voiding before it changed the move the restated assessment makes (its findings stay). */
    @EventHandler
    void on(AssessmentRestated event) {
        writer.write("UPDATE query_side.review_result SET move = ? WHERE household_id = ? AND assessment_id = ?",
                event.move() == null ? null : event.move().name(), event.householdId(), event.assessmentId());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.review_result, query_side.review_result_member");
    }

    private void member(UUID household, Member member) {
        writer.write(MEMBER, household, member.memberId(), member.sex().name(), member.ethnicity(),
                member.relation() == Relation.HEAD);
    }
}
