package vn.householdledger.command.household;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link HouseholdRegistry} read from the {@code command_side} lookup tables. */
@Repository
public class JdbcHouseholdRegistry implements HouseholdRegistry {

    private final JdbcTemplate jdbc;

    public JdbcHouseholdRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> holderOfCode(String code) {
        return jdbc.queryForList("SELECT household_id FROM command_side.household_code WHERE code = ?", UUID.class, code)
                .stream().findFirst();
    }

    @Override
    public Optional<UUID> holderOfNationalId(String nationalId) {
        return jdbc.queryForList("SELECT household_id FROM command_side.national_id_holder WHERE national_id = ?",
                UUID.class, nationalId).stream().findFirst();
    }

    @Override
    public Optional<Placement> placementOf(UUID householdId) {
        return jdbc.query("SELECT commune_code, open, village FROM command_side.household_placement WHERE household_id = ?",
                (rs, i) -> new Placement(rs.getString(1), rs.getBoolean(2), rs.getString(3)), householdId).stream().findFirst();
    }
}
