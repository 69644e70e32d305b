package vn.householdledger.query.household;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
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

/**
 * Reads a household's registration, members (and corrections of their attributes), assessments (with their
 * {@link Provenance}), their voidings and restatements, pledges, transfer, closure and erasure; owns {@code household}
 * (with the assessment its status rests on), {@code household_member} and {@code household_assessment} (every
 * assessment's findings, from which a restatement shows the one the status rests on after a voiding); serves
 * {@code GET /api/households/{id}}.
 */
@Component
@ProcessingGroup(HouseholdViewProjection.NAME)
public class HouseholdViewProjection {

    public static final String NAME = "household-view";

    private final ReadModelWriter writer;

    public HouseholdViewProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(HouseholdRegistered event) {
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
    void on(HouseholdErased event) {
        writer.write("UPDATE query_side.household SET address = ? WHERE household_id = ?", Personal.ERASED, event.householdId());
        writer.write("""
                UPDATE query_side.household_member SET full_name = ?, full_name_folded = ?, birth_date = NULL,
                       national_id = CASE WHEN national_id IS NULL THEN NULL ELSE ? END
                WHERE household_id = ?""",
                Personal.ERASED, SearchFold.fold(Personal.ERASED), Personal.ERASED, event.householdId());
    }

    @EventHandler
    void on(MemberJoined event) {
        insertMember(event.householdId(), event.member(), event.joinedOn());
    }

    @EventHandler
    void on(MemberDeparted event) {
        writer.write("""
                UPDATE query_side.household_member SET departed_on = ?, departure_reason = ?
                WHERE household_id = ? AND member_id = ?""",
                event.departedOn(), event.reason().name(), event.householdId(), event.memberId());
    }

    @EventHandler
    void on(MemberAttributesCorrected event) {
        writer.write("""
                UPDATE query_side.household_member SET ethnicity = ?, disability = ?, meritorious_service = ?
                WHERE household_id = ? AND member_id = ?""",
                event.ethnicity(), event.disability().name(), event.meritoriousService().name(), event.householdId(),
                event.memberId());
    }

    @EventHandler
    void on(HeadChanged event) {
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
    void on(HouseholdAssessed event, @MetaDataValue(Provenance.KEY) String provenance) {
        writer.write("""
                INSERT INTO query_side.household_assessment (household_id, assessment_id, review_year, assessed_on, standard,
                       income_per_capita, deprivations, causes, policy_group, classification, basis, explanation, simulated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.householdId(), event.assessmentId(), event.year(), event.assessedOn(), event.standard(),
                event.incomePerCapitaMonthly(), event.deprivations().toArray(String[]::new),
                event.causes().stream().map(Enum::name).toArray(String[]::new), event.policyGroup().name(),
                event.classification().name(), event.basis() == null ? null : event.basis().name(),
                StoredExplanation.stored(event.explanation()),
                Provenance.isSimulated(provenance));
        writer.write("""
                UPDATE query_side.household
                   SET review_year = ?, assessed_on = ?, standard = ?, income_per_capita = ?, deprivations = ?, causes = ?,
                       policy_group = ?, classification = ?, basis = ?, explanation = ?, classification_since = ?,
                       left_lists_on = ?, simulated = ?
                 WHERE household_id = ?""",
                event.year(), event.assessedOn(), event.standard(), event.incomePerCapitaMonthly(),
                event.deprivations().toArray(String[]::new),
                event.causes().stream().map(Enum::name).toArray(String[]::new), event.policyGroup().name(),
                event.classification().name(), event.basis() == null ? null : event.basis().name(),
                StoredExplanation.stored(event.explanation()),
                event.classificationSince(), event.leftListsOn(), Provenance.isSimulated(provenance), event.householdId());
    }

    /** Until a restatement names the assessment the status now rests on, none does. */
    @EventHandler
    void on(AssessmentVoided event) {
        writer.write("""
                UPDATE query_side.household
                   SET review_year = NULL, assessed_on = NULL, standard = NULL, income_per_capita = NULL, deprivations = NULL,
                       causes = NULL, policy_group = NULL, classification = NULL, basis = NULL, explanation = NULL,
                       classification_since = NULL, left_lists_on = NULL, simulated = FALSE
                 WHERE household_id = ?""", event.householdId());
    }

    @EventHandler
    void on(AssessmentRestated event) {
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
    void on(EscapePledged event) {
        writer.write("UPDATE query_side.household SET pledged_years = array_append(pledged_years, ?) WHERE household_id = ?",
                event.year(), event.householdId());
    }

    @EventHandler
    void on(HouseholdTransferred event) {
        writer.write("UPDATE query_side.household SET commune_code = ? WHERE household_id = ?",
                event.toCommuneCode(), event.householdId());
    }

    @EventHandler
    void on(HouseholdClosed event) {
        writer.write("UPDATE query_side.household SET closed_on = ?, closure_reason = ? WHERE household_id = ?",
                event.closedOn(), event.reason().name(), event.householdId());
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.household, query_side.household_member, query_side.household_assessment");
    }

    private void insertMember(UUID householdId, Member member, java.time.LocalDate joinedOn) {
        writer.write("""
                INSERT INTO query_side.household_member (household_id, member_id, full_name, sex, birth_date, relation,
                       national_id, joined_on, ethnicity, disability, meritorious_service, full_name_folded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id, member_id) DO NOTHING""",
                householdId, member.memberId(), member.fullName(), member.sex().name(), member.birthDate(),
                member.relation().name(), member.nationalId(), joinedOn, member.ethnicity(), member.disability().name(),
                member.meritoriousService().name(), SearchFold.fold(member.fullName()));
    }
}
