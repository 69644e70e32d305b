package vn.householdledger.query.household;

import java.time.LocalDate;
import java.util.UUID;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberAttributesCorrected;
import vn.householdledger.events.household.MemberDeparted;

/** One row of {@code household_member}, as inserted when the member joins and as a replay folds it. */
final class FoldedMember {

    static final String INSERT = """
            INSERT INTO query_side.household_member (household_id, member_id, full_name, sex, birth_date, relation,
                   national_id, joined_on, ethnicity, disability, meritorious_service, full_name_folded, departed_on,
                   departure_reason)
            VALUES""";

    private final UUID householdId;
    private final UUID memberId;
    private final String sex;
    private final LocalDate joinedOn;
    private String fullName;
    private LocalDate birthDate;
    private String relation;
    private String nationalId;
    private String ethnicity;
    private String disability;
    private String meritoriousService;
    private LocalDate departedOn;
    private String departureReason;

    FoldedMember(UUID householdId, Member member, LocalDate joinedOn) {
        this.householdId = householdId;
        this.memberId = member.memberId();
        this.sex = member.sex().name();
        this.joinedOn = joinedOn;
        this.fullName = member.fullName();
        this.birthDate = member.birthDate();
        this.relation = member.relation().name();
        this.nationalId = member.nationalId();
        this.ethnicity = member.ethnicity();
        this.disability = member.disability().name();
        this.meritoriousService = member.meritoriousService().name();
    }

    UUID memberId() {
        return memberId;
    }

    String relation() {
        return relation;
    }

    boolean present() {
        return departedOn == null;
    }

    void relation(String relation) {
        this.relation = relation;
    }

    void departed(MemberDeparted event) {
        departedOn = event.departedOn();
        departureReason = event.reason().name();
    }

    void corrected(MemberAttributesCorrected event) {
        ethnicity = event.ethnicity();
        disability = event.disability().name();
        meritoriousService = event.meritoriousService().name();
    }

    /** As {@link HouseholdViewProjection}'s erasure scrubs a member. */
    void erased() {
        fullName = Personal.ERASED;
        birthDate = null;
        nationalId = nationalId == null ? null : Personal.ERASED;
    }

    /** The values of {@link #INSERT}'s columns. */
    Object[] values() {
        return new Object[] {householdId, memberId, fullName, sex, birthDate, relation, nationalId, joinedOn, ethnicity,
                disability, meritoriousService, SearchFold.fold(fullName), departedOn, departureReason};
    }
}
