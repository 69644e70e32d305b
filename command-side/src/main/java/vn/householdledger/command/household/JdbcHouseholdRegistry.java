package vn.householdledger.command.household;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link HouseholdRegistry} on the {@code command_side} lookup tables. */
@Repository
public class JdbcHouseholdRegistry implements HouseholdRegistry {

    private final JdbcTemplate jdbc;

    public JdbcHouseholdRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claimCode(String code, UUID householdId) {
        return jdbc.update("INSERT INTO command_side.household_code (code, household_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                code, householdId) == 1;
    }

    @Override
    public Optional<UUID> claimNationalId(String nationalId, UUID householdId, UUID memberId) {
        int claimed = jdbc.update("""
                INSERT INTO command_side.national_id_holder (national_id, household_id, member_id)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", nationalId, householdId, memberId);
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT household_id FROM command_side.national_id_holder WHERE national_id = ?",
                        UUID.class, nationalId).stream()
                .filter(holder -> !holder.equals(householdId))
                .findFirst();
    }

    @Override
    public void releaseNationalId(String nationalId, UUID householdId) {
        jdbc.update("DELETE FROM command_side.national_id_holder WHERE national_id = ? AND household_id = ?",
                nationalId, householdId);
    }

    @Override
    public void place(UUID householdId, String communeCode) {
        jdbc.update("""
                INSERT INTO command_side.household_placement (household_id, commune_code, open) VALUES (?, ?, TRUE)
                ON CONFLICT (household_id) DO UPDATE SET commune_code = excluded.commune_code""", householdId, communeCode);
    }

    @Override
    public void close(UUID householdId) {
        jdbc.update("UPDATE command_side.household_placement SET open = FALSE WHERE household_id = ?", householdId);
        jdbc.update("DELETE FROM command_side.national_id_holder WHERE household_id = ?", householdId);
    }

    @Override
    public Optional<Placement> placementOf(UUID householdId) {
        return jdbc.query("SELECT commune_code, open FROM command_side.household_placement WHERE household_id = ?",
                (rs, i) -> new Placement(rs.getString(1), rs.getBoolean(2)), householdId).stream().findFirst();
    }
}
