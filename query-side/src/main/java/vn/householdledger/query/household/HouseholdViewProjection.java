package vn.householdledger.query.household;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.platform.provenance.Provenance;
import vn.householdledger.query.projection.ReadModelWriter;
import vn.householdledger.query.projection.ReplayFold;
import vn.householdledger.query.projection.ReplayFolds;

/**
 * Reads a household's registration, members (and corrections of their attributes), assessments (with their
 * {@link Provenance}), their voidings and restatements, pledges, transfer, closure and erasure; owns {@code household}
 * (with the assessment its status rests on), {@code household_member} and {@code household_assessment} (every
 * assessment's findings, from which a restatement shows the one the status rests on after a voiding); serves
 * {@code GET /api/households/{id}}. A rebuild folds each household's history in memory ({@link FoldedHousehold})
 * and writes its rows once; at the head, and for a household whose rows a replay has written already, each
 * event changes the stored rows.
 */
@Component
@ProcessingGroup(HouseholdViewProjection.NAME)
public class HouseholdViewProjection {

    public static final String NAME = "household-view";

    private final ReadModelWriter writer;
    private final ReplayFold<FoldedHousehold> fold;

    public HouseholdViewProjection(ReadModelWriter writer, ReplayFolds folds, JdbcTemplate jdbc) {
        this.writer = writer;
        this.fold = folds.create(NAME, households -> FoldedHousehold.write(jdbc, households));
    }

    @EventHandler
    void on(HouseholdRegistered event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            event.members().forEach(m -> folded.joined(m, event.registeredOn()));
            return;
        }
        if (fold.begin(event.householdId(), status, () -> new FoldedHousehold(event))) {
            return;
        }
        writer.write("""
                INSERT INTO query_side.household (household_id, code, commune_code, village, address, registered_on,
                                                  code_folded, village_folded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id) DO NOTHING""",
                event.householdId(), event.code(), event.communeCode(), event.village(), event.address(), event.registeredOn(),
                SearchFold.fold(event.code()), SearchFold.fold(event.village()));
        event.members().forEach(m -> insertMember(event.householdId(), m, event.registeredOn()));
    }

    /** What the view kept of the household's personal data is scrubbed, as a rebuild, finding no key, would record it. */
    @EventHandler
    void on(HouseholdErased event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.erased();
            return;
        }
        writer.write("UPDATE query_side.household SET address = ? WHERE household_id = ?", Personal.ERASED, event.householdId());
        writer.write("""
                UPDATE query_side.household_member SET full_name = ?, full_name_folded = ?, birth_date = NULL,
                       national_id = CASE WHEN national_id IS NULL THEN NULL ELSE ? END
                WHERE household_id = ?""",
                Personal.ERASED, SearchFold.fold(Personal.ERASED), Personal.ERASED, event.householdId());
    }

    @EventHandler
    void on(MemberJoined event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.joined(event.member(), event.joinedOn());
            return;
        }
        insertMember(event.householdId(), event.member(), event.joinedOn());
    }

    @EventHandler
    void on(MemberDeparted event, ReplayStatus status) {
        FoldedMember member = folded(event.householdId(), event.memberId(), status);
        if (member != null) {
            member.departed(event);
            return;
        }
        writer.write("""
                UPDATE query_side.household_member SET departed_on = ?, departure_reason = ?
                WHERE household_id = ? AND member_id = ?""",
                event.departedOn(), event.reason().name(), event.householdId(), event.memberId());
    }

    @EventHandler
    void on(MemberAttributesCorrected event, ReplayStatus status) {
        FoldedMember member = folded(event.householdId(), event.memberId(), status);
        if (member != null) {
            member.corrected(event);
            return;
        }
        writer.write("""
                UPDATE query_side.household_member SET ethnicity = ?, disability = ?, meritorious_service = ?
                WHERE household_id = ? AND member_id = ?""",
                event.ethnicity(), event.disability().name(), event.meritoriousService().name(), event.householdId(),
                event.memberId());
    }

    @EventHandler
    void on(HeadChanged event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.headChanged(event);
            return;
        }
        if (event.formerHeadRelation() != null) {
            writer.write("""
                    UPDATE query_side.household_member SET relation = ?
                     WHERE household_id = ? AND relation = 'HEAD' AND departed_on IS NULL AND member_id <> ?""",
                    event.formerHeadRelation().name(), event.householdId(), event.memberId());
        }
        writer.write("UPDATE query_side.household_member SET relation = 'HEAD' WHERE household_id = ? AND member_id = ?",
                event.householdId(), event.memberId());
    }

    @EventHandler
    void on(HouseholdAssessed event, @MetaDataValue(Provenance.KEY) String provenance, ReplayStatus status) {
        AssessmentRow assessment = AssessmentRow.of(event, provenance);
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.assessed(assessment, event.classificationSince(), event.leftListsOn());
            return;
        }
        writer.write(AssessmentRow.INSERT + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", assessment.values());
        writer.write("""
                UPDATE query_side.household
                   SET review_year = ?, assessed_on = ?, standard = ?, income_per_capita = ?, deprivations = ?, causes = ?,
                       policy_group = ?, classification = ?, basis = ?, explanation = ?, classification_since = ?,
                       left_lists_on = ?, simulated = ?
                 WHERE household_id = ?""",
                assessment.year(), assessment.assessedOn(), assessment.standard(), assessment.incomePerCapita(),
                assessment.deprivations(), assessment.causes(), assessment.policyGroup(), assessment.classification(),
                assessment.basis(), assessment.explanation(), event.classificationSince(), event.leftListsOn(),
                assessment.simulated(), event.householdId());
    }

    /** Until a restatement names the assessment the status now rests on, none does. */
    @EventHandler
    void on(AssessmentVoided event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.voided();
            return;
        }
        writer.write("""
                UPDATE query_side.household
                   SET review_year = NULL, assessed_on = NULL, standard = NULL, income_per_capita = NULL, deprivations = NULL,
                       causes = NULL, policy_group = NULL, classification = NULL, basis = NULL, explanation = NULL,
                       classification_since = NULL, left_lists_on = NULL, simulated = FALSE
                 WHERE household_id = ?""", event.householdId());
    }

    @EventHandler
    void on(AssessmentRestated event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.restated(event);
            return;
        }
        writer.write("""
                UPDATE query_side.household h
                   SET review_year = a.review_year, assessed_on = a.assessed_on, standard = a.standard,
                       income_per_capita = a.income_per_capita, deprivations = a.deprivations, causes = a.causes,
                       policy_group = a.policy_group, classification = a.classification, basis = a.basis,
                       explanation = a.explanation, classification_since = ?, left_lists_on = ?, simulated = a.simulated
                  FROM query_side.household_assessment a
                 WHERE a.household_id = ? AND a.assessment_id = ? AND h.household_id = a.household_id""",
                event.classificationSince(), event.leftListsOn(), event.householdId(), event.assessmentId());
    }

    @EventHandler
    void on(EscapePledged event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.pledged(event.year());
            return;
        }
        writer.write("UPDATE query_side.household SET pledged_years = array_append(pledged_years, ?) WHERE household_id = ?",
                event.year(), event.householdId());
    }

    @EventHandler
    void on(HouseholdTransferred event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.transferred(event.toCommuneCode());
            return;
        }
        writer.write("UPDATE query_side.household SET commune_code = ? WHERE household_id = ?",
                event.toCommuneCode(), event.householdId());
    }

    @EventHandler
    void on(HouseholdClosed event, ReplayStatus status) {
        FoldedHousehold folded = fold.get(event.householdId(), status);
        if (folded != null) {
            folded.closed(event.closedOn(), event.reason().name());
            return;
        }
        writer.write("UPDATE query_side.household SET closed_on = ?, closure_reason = ? WHERE household_id = ?",
                event.closedOn(), event.reason().name(), event.householdId());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.household, query_side.household_member, query_side.household_assessment");
        fold.reset();
    }

    private FoldedMember folded(UUID householdId, UUID memberId, ReplayStatus status) {
        FoldedHousehold folded = fold.get(householdId, status);
        return folded == null ? null : folded.member(memberId);
    }

    private void insertMember(UUID householdId, Member member, java.time.LocalDate joinedOn) {
        writer.write(FoldedMember.INSERT + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id, member_id) DO NOTHING",
                new FoldedMember(householdId, member, joinedOn).values());
    }
}
