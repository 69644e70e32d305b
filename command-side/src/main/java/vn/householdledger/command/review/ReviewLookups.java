package vn.householdledger.command.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.command.lookup.LookupTables;
import vn.householdledger.events.review.ReviewDecided;
import vn.householdledger.events.review.ReviewOpened;
import vn.householdledger.platform.processing.InCommandTransaction;

/**
 * Records {@code command_side.review_directory} (each review's commune and kind, whether it is decided)
 * from the events, in the transaction of the command that stores them. Its
 * key allows one undecided review per commune and kind: an opening that passed {@link ReviewUniqueness}
 * together with another meets it here, and is refused.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
@InCommandTransaction
public class ReviewLookups implements LookupTables {

    private static final Logger log = LoggerFactory.getLogger(ReviewLookups.class);

    private final JdbcTemplate jdbc;

    public ReviewLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewOpened event) {
        if (jdbc.update("""
                        INSERT INTO command_side.review_directory (review_id, commune_code, kind, decided)
                        VALUES (?, ?, ?, FALSE) ON CONFLICT DO NOTHING""",
                event.reviewId(), event.communeCode(), event.kind().name()) == 0) {
            log.info("Review {} lost to a {} review of {} opened meanwhile", event.reviewId(), event.kind(), event.communeCode());
            throw ReviewUniqueness.alreadyOpen(event.communeCode(), event.kind());
        }
    }

    @EventHandler
    void on(ReviewDecided event) {
        jdbc.update("UPDATE command_side.review_directory SET decided = TRUE WHERE review_id = ?", event.reviewId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM command_side.review_directory");
    }

    @Override
    public boolean isEmpty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM command_side.review_directory)",
                Boolean.class));
    }
}
