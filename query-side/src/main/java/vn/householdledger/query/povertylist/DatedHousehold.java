package vn.householdledger.query.povertylist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.Relation;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Member;

/**
 * One household's facts by business date, as the ledger knows them now: its commune and head from each
 * day on, the day its case closed, and every assessment that stands (a voided one gone, a restated one in
 * its new place). Its poverty-list entry on a day rests on the last assessment decided on or before it,
 * in the commune it belonged to that day: the list of {@code GET /api/poverty-list?on=}, for days the
 * ledger learned of late (a history brought in, a decision recorded after its date) as for any other.
 */
final class DatedHousehold {

    /** An assessment that stands: its decision day, its place among the household's, and what it decided. */
    private record Standing(LocalDate assessedOn, int order, Classification classification, LocalDate classificationSince,
                            LocalDate leftListsOn, String policyGroup) {
    }

    private static final Comparator<Standing> DECIDED = Comparator.comparing(Standing::assessedOn)
            .thenComparingInt(Standing::order);

    private final UUID householdId;
    private final String code;
    private final NavigableMap<LocalDate, String> communeFrom = new TreeMap<>();
    private final NavigableMap<LocalDate, String> headFrom = new TreeMap<>();
    private final Map<UUID, Standing> assessments = new LinkedHashMap<>();
    private LocalDate closedOn;
    /** How many assessments the household has had: each one's place among them. */
    private int assessed;

    private DatedHousehold(HouseholdRegistered event) {
        householdId = event.householdId();
        code = event.code();
        communeFrom.put(LocalDate.MIN, event.communeCode());
        headFrom.put(LocalDate.MIN, event.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst().map(Member::fullName).orElse(null));
    }

    /** Folds {@code payload} into the household it concerns, the registration making it. */
    static void fold(Map<UUID, DatedHousehold> households, Object payload) {
        if (payload instanceof HouseholdRegistered registered) {
            households.put(registered.householdId(), new DatedHousehold(registered));
        } else {
            DatedHousehold household = households.get(((HouseholdEvent) payload).householdId());
            if (household != null) {
                household.apply(payload);
            }
        }
    }

    private void apply(Object event) {
        if (event instanceof HouseholdAssessed e) {
            assessments.put(e.assessmentId(), new Standing(e.assessedOn(), ++assessed, e.classification(),
                    e.classificationSince(), e.leftListsOn(), e.policyGroup().name()));
        } else if (event instanceof AssessmentVoided e) {
            assessments.remove(e.assessmentId());
        } else if (event instanceof AssessmentRestated e) {
            assessments.computeIfPresent(e.assessmentId(), (id, s) -> new Standing(s.assessedOn(), s.order(),
                    e.classification(), e.classificationSince(), e.leftListsOn(), e.policyGroup().name()));
        } else if (event instanceof HeadChanged e) {
            headFrom.put(e.changedOn(), e.fullName());
        } else if (event instanceof HouseholdTransferred e) {
            communeFrom.put(e.transferredOn(), e.toCommuneCode());
        } else if (event instanceof HouseholdClosed e) {
            closedOn = e.closedOn();
        }
    }

    /** The household as the list knows it on {@code day}: unassessed when no assessment was decided by then. */
    PovertyListEntry entryOn(LocalDate day) {
        Standing standing = assessments.values().stream().filter(s -> !s.assessedOn().isAfter(day)).max(DECIDED).orElse(null);
        boolean closed = closedOn != null && !closedOn.isAfter(day);
        return new PovertyListEntry(householdId, code, communeFrom.floorEntry(day).getValue(), headFrom.floorEntry(day).getValue(),
                standing == null ? null : standing.classification(), standing == null ? null : standing.classificationSince(),
                standing == null ? null : standing.leftListsOn(), standing == null ? null : standing.policyGroup(), closed);
    }
}
