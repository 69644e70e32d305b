package vn.householdledger.command.commune;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.commune.Area;

/** {@link CommuneDirectory} read from {@code command_side.commune_directory}. */
@Repository
public class JdbcCommuneDirectory implements CommuneDirectory {

    private final JdbcTemplate jdbc;

    public JdbcCommuneDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Area> areaOf(String code) {
        return jdbc.queryForList("SELECT area FROM command_side.commune_directory WHERE code = ?", String.class, code)
                .stream().findFirst().map(Area::valueOf);
    }
}
