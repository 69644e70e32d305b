package vn.householdledger.command.review;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.api.review.ReviewKind;

/** {@link ReviewDirectory} read from {@code command_side.review_directory}. */
@Repository
public class JdbcReviewDirectory implements ReviewDirectory {

    private final JdbcTemplate jdbc;

    public JdbcReviewDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> communeOf(UUID reviewId) {
        return jdbc.queryForList("SELECT commune_code FROM command_side.review_directory WHERE review_id = ?", String.class,
                reviewId).stream().findFirst();
    }

    @Override
    public Optional<UUID> undecided(String communeCode, ReviewKind kind) {
        return jdbc.queryForList("""
                        SELECT review_id FROM command_side.review_directory
                         WHERE commune_code = ? AND kind = ? AND NOT decided""", UUID.class, communeCode, kind.name())
                .stream().findFirst();
    }

}
