package vn.householdledger.query.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.query.projection.RowInserts;

/**
 * A household's rows of {@link HouseholdViewProjection} as a rebuild folds its history in memory, each
 * event changing them as the projection's statement changes the stored rows; written once at the end.
 */
final class FoldedHousehold {

    private static final String INSERT = """
            INSERT INTO query_side.household (household_id, code, commune_code, village, address, registered_on,
                   code_folded, village_folded, review_year, assessed_on, standard, income_per_capita, deprivations, causes,
                   policy_group, classification, basis, explanation, classification_since, left_lists_on, simulated,
                   pledged_years, closed_on, closure_reason)
            VALUES""";

    private final UUID householdId;
    private final String code;
    private final String village;
    private final LocalDate registeredOn;
    private String communeCode;
    private String address;
    /** The assessment the status rests on; null when none does (none yet, or it was voided). */
    private AssessmentRow standing;
    private LocalDate classificationSince;
    private LocalDate leftListsOn;
    private final List<Integer> pledgedYears = new ArrayList<>();
    private LocalDate closedOn;
    private String closureReason;
    private final Map<UUID, FoldedMember> members = new LinkedHashMap<>();
    private final Map<UUID, AssessmentRow> assessments = new LinkedHashMap<>();

    FoldedHousehold(HouseholdRegistered event) {
        householdId = event.householdId();
        code = event.code();
        communeCode = event.communeCode();
        village = event.village();
        address = event.address();
        registeredOn = event.registeredOn();
        event.members().forEach(m -> joined(m, event.registeredOn()));
    }

    void joined(Member member, LocalDate joinedOn) {
        members.putIfAbsent(member.memberId(), new FoldedMember(householdId, member, joinedOn));
    }

    FoldedMember member(UUID memberId) {
        return members.get(memberId);
    }

    void erased() {
        address = Personal.ERASED;
        members.values().forEach(FoldedMember::erased);
    }

    void headChanged(HeadChanged event) {
        if (event.formerHeadRelation() != null) {
            members.values().stream()
                    .filter(m -> m.relation().equals("HEAD") && m.present() && !m.memberId().equals(event.memberId()))
                    .forEach(m -> m.relation(event.formerHeadRelation().name()));
        }
        FoldedMember head = members.get(event.memberId());
        if (head != null) {
            head.relation("HEAD");
        }
    }

    void assessed(AssessmentRow assessment, LocalDate since, LocalDate leftOn) {
        assessments.putIfAbsent(assessment.assessmentId(), assessment);
        stands(assessment, since, leftOn);
    }

    void voided() {
        stands(null, null, null);
    }

    void restated(AssessmentRestated event) {
        AssessmentRow assessment = assessments.get(event.assessmentId());
        if (assessment != null) {
            stands(assessment, event.classificationSince(), event.leftListsOn());
        }
    }

    void pledged(int year) {
        pledgedYears.add(year);
    }

    void transferred(String toCommuneCode) {
        communeCode = toCommuneCode;
    }

    void closed(LocalDate on, String reason) {
        closedOn = on;
        closureReason = reason;
    }

    private void stands(AssessmentRow assessment, LocalDate since, LocalDate leftOn) {
        standing = assessment;
        classificationSince = since;
        leftListsOn = leftOn;
    }

    /** Writes the folded households' rows of the three tables, in the current transaction. */
    static void write(JdbcTemplate jdbc, Collection<FoldedHousehold> households) {
        List<Object[]> rows = new ArrayList<>(households.size());
        List<Object[]> memberRows = new ArrayList<>();
        List<Object[]> assessmentRows = new ArrayList<>();
        for (FoldedHousehold household : households) {
            rows.add(household.values());
            household.members.values().forEach(m -> memberRows.add(m.values()));
            household.assessments.values().forEach(a -> assessmentRows.add(a.values()));
        }
        RowInserts.insert(jdbc, INSERT, rows);
        RowInserts.insert(jdbc, FoldedMember.INSERT, memberRows);
        RowInserts.insert(jdbc, AssessmentRow.INSERT, assessmentRows);
    }

    private Object[] values() {
        AssessmentRow a = standing;
        return new Object[] {householdId, code, communeCode, village, address, registeredOn, SearchFold.fold(code),
                SearchFold.fold(village), a == null ? null : a.year(), a == null ? null : a.assessedOn(),
                a == null ? null : a.standard(), a == null ? null : a.incomePerCapita(), a == null ? null : a.deprivations(),
                a == null ? null : a.causes(), a == null ? null : a.policyGroup(), a == null ? null : a.classification(),
                a == null ? null : a.basis(), a == null ? null : a.explanation(), classificationSince, leftListsOn,
                a != null && a.simulated(), pledgedYears.toArray(Integer[]::new), closedOn, closureReason};
    }
}
