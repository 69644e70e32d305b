package vn.householdledger.command.household;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Records the household lookups from the events, in the transaction of the command that stores them:
 * {@code household_code} (a code for one household, for ever), {@code national_id_holder} (the national
 * ids of the present members of open households: freed when a member departs or the case is closed)
 * and {@code household_placement} (each household's commune and village, and whether it is open). A command that
 * passed {@link HouseholdUniqueness} together with another meets the other's rows here, under the
 * tables' keys: the later one is refused by the same rule, and writes nothing.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class HouseholdLookups implements LookupTables {

    private static final Logger log = LoggerFactory.getLogger(HouseholdLookups.class);

    private final JdbcTemplate jdbc;

    public HouseholdLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        if (jdbc.update("INSERT INTO command_side.household_code (code, household_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.code(), event.householdId()) == 0) {
            log.info("Household {} lost the code {} to a registration committed meanwhile", event.householdId(), event.code());
            throw HouseholdUniqueness.codeInUse(event.code());
        }
        event.members().forEach(member -> claimNationalId(event.householdId(), member));
        jdbc.update("INSERT INTO command_side.household_placement (household_id, commune_code, open, village) VALUES (?, ?, TRUE, ?)",
                event.householdId(), event.communeCode(), event.village());
    }

    @EventHandler
    void on(MemberJoined event) {
        claimNationalId(event.householdId(), event.member());
    }

    @EventHandler
    void on(MemberDeparted event) {
        jdbc.update("DELETE FROM command_side.national_id_holder WHERE household_id = ? AND member_id = ?",
                event.householdId(), event.memberId());
    }

    @EventHandler
    void on(HouseholdTransferred event) {
        jdbc.update("UPDATE command_side.household_placement SET commune_code = ? WHERE household_id = ?",
                event.toCommuneCode(), event.householdId());
    }

    @EventHandler
    void on(HouseholdClosed event) {
        jdbc.update("UPDATE command_side.household_placement SET open = FALSE WHERE household_id = ?", event.householdId());
        jdbc.update("DELETE FROM command_side.national_id_holder WHERE household_id = ?", event.householdId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command_side.household_code");
        jdbc.update("DELETE FROM command_side.national_id_holder");
        jdbc.update("DELETE FROM command_side.household_placement");
    }

    @Override
    public boolean isEmpty() {
        return LookupTables.noRows(jdbc, List.of("household_code", "national_id_holder", "household_placement"));
    }

    private void claimNationalId(UUID householdId, Member member) {
        if (member.nationalId() != null && !Personal.erased(member.nationalId()) && jdbc.update("""
                INSERT INTO command_side.national_id_holder (national_id, household_id, member_id)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", member.nationalId(), householdId, member.memberId()) == 0) {
            log.info("Household {} lost national id {} to a command committed meanwhile", householdId, member.nationalId());
            throw HouseholdUniqueness.nationalIdHeld(member.nationalId());
        }
    }
}
