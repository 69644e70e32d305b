package vn.householdledger.query.household;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads a household's registration and member events; owns {@code household} and
 * {@code household_member}; serves {@code GET /api/households/{id}}.
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
                INSERT INTO query_side.household (household_id, code, commune_code, village, address, registered_on)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (household_id) DO NOTHING""",
                event.householdId(), event.code(), event.communeCode(), event.village(), event.address(), event.registeredOn());
        event.members().forEach(m -> insertMember(event.householdId(), m, event.registeredOn()));
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
        if (event.newHeadMemberId() != null) {
            writer.write("UPDATE query_side.household_member SET relation = 'HEAD' WHERE household_id = ? AND member_id = ?",
                    event.householdId(), event.newHeadMemberId());
        }
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.household, query_side.household_member");
    }

    private void insertMember(UUID householdId, Member member, java.time.LocalDate joinedOn) {
        writer.write("""
                INSERT INTO query_side.household_member
                       (household_id, member_id, full_name, sex, birth_date, relation, national_id, joined_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (household_id, member_id) DO NOTHING""",
                householdId, member.memberId(), member.fullName(), member.sex().name(), member.birthDate(),
                member.relation().name(), member.nationalId(), joinedOn);
    }
}
