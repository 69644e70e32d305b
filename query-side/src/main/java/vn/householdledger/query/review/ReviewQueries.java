package vn.householdledger.query.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.api.Page;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.review.ComplaintState;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewHousehold;
import vn.householdledger.api.review.ReviewItem;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.review.ReviewStep;
import vn.householdledger.events.household.Listing;
import vn.householdledger.query.read.CommuneScope;
import vn.householdledger.query.read.PageRequest;

/**
 * The SQL of the reviews' reads, over the tables of {@link ReviewProgressProjection}; a household's code,
 * head and status today come from the household view's tables, its commune's name from the communes'.
 * A review's counts are of its households (listed, surveyed, agreed, decided) and of its open complaints;
 * a review is overdue while a periodic one that passed its due day stays undecided.
 */
@Component
public class ReviewQueries {

    private static final String ITEM = """
            SELECT r.review_id, r.commune_code, r.year, r.kind, r.standard, r.lists_year, r.step, r.opened_on, r.posted_on,
                   r.posting_ends_on, r.decided_on, r.decision_number, r.overdue_on IS NOT NULL AND r.step <> 'DECIDED' AS overdue,
                   h.listed, h.surveyed, h.agreed, h.decided,
                   (SELECT count(*) FROM query_side.review_complaint c WHERE c.review_id = r.review_id AND c.upheld IS NULL)
                       AS open_complaints
              FROM query_side.review r
              CROSS JOIN LATERAL (
                   SELECT count(*) AS listed, count(proposed_classification) AS surveyed,
                          count(*) FILTER (WHERE agreed) AS agreed, count(decided_classification) AS decided
                     FROM query_side.review_household WHERE review_id = r.review_id) h
            """;
    private static final String IN_SCOPE = """

             WHERE (CAST(? AS TEXT[]) IS NULL OR r.commune_code = ANY (CAST(? AS TEXT[])))
               AND (CAST(? AS INTEGER) IS NULL OR r.year = ?)""";

    /** A household of a review with what its view and the posting list show of it; status is today's listing. */
    record Listed(ReviewHousehold household, ListedStatus status) {
    }

    private final JdbcTemplate jdbc;

    public ReviewQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviews of the communes in {@code scope} (of {@code year}, if given): latest years first, then by commune. */
    Page<ReviewItem> reviews(CommuneScope scope, Integer year, PageRequest paging) {
        String[] communes = scope.sqlArray();
        long total = jdbc.queryForObject("SELECT count(*) FROM query_side.review r" + IN_SCOPE, Long.class,
                communes, communes, year, year);
        List<ReviewItem> items = jdbc.query(ITEM + IN_SCOPE + """
                         ORDER BY r.year DESC, r.commune_code, r.kind, r.opened_on DESC, r.review_id LIMIT ? OFFSET ?""",
                (rs, i) -> item(rs), communes, communes, year, year, paging.size(), paging.offset());
        return new Page<>(total, paging.page(), paging.size(), items);
    }

    Optional<ReviewItem> review(UUID reviewId) {
        return jdbc.query(ITEM + " WHERE r.review_id = ?", (rs, i) -> item(rs), reviewId).stream().findFirst();
    }

    /** The households of a review by village, then code; each one's status as listed on {@code today}. */
    List<Listed> households(UUID reviewId, LocalDate today) {
        return jdbc.query("""
                        SELECT rh.household_id, hh.code, head.full_name, rh.village, rh.reason, rh.proposed_classification,
                               rh.agreed, rh.decided_classification, hh.classification, hh.classification_since,
                               hh.left_lists_on,
                               CASE WHEN EXISTS (SELECT 1 FROM query_side.review_complaint c
                                                  WHERE c.review_id = rh.review_id AND c.household_id = rh.household_id
                                                    AND c.upheld IS NULL) THEN 'OPEN'
                                    ELSE (SELECT CASE WHEN c.upheld THEN 'UPHELD' ELSE 'REJECTED' END
                                            FROM query_side.review_complaint c
                                           WHERE c.review_id = rh.review_id AND c.household_id = rh.household_id
                                           ORDER BY c.resolved_sequence DESC LIMIT 1) END AS complaint
                          FROM query_side.review_household rh
                          LEFT JOIN query_side.household hh ON hh.household_id = rh.household_id
                          LEFT JOIN query_side.household_member head ON head.household_id = rh.household_id
                               AND head.relation = 'HEAD' AND head.departed_on IS NULL
                         WHERE rh.review_id = ?
                         ORDER BY rh.village, hh.code, rh.household_id""",
                (rs, i) -> new Listed(new ReviewHousehold(rs.getObject("household_id", UUID.class), rs.getString("code"),
                        rs.getString("full_name"), rs.getString("village"), ListingReason.valueOf(rs.getString("reason")),
                        classification(rs, "proposed_classification"), rs.getBoolean("agreed"),
                        rs.getString("complaint") == null ? null : ComplaintState.valueOf(rs.getString("complaint")),
                        classification(rs, "decided_classification")),
                        statusOn(rs, today)),
                reviewId);
    }

    /** The commune's name as registered, or its code for a commune the communes' read model has yet to see. */
    String communeName(String communeCode) {
        return jdbc.query("SELECT name FROM query_side.commune WHERE code = ?", (rs, i) -> rs.getString(1), communeCode)
                .stream().findFirst().orElse(communeCode);
    }

    /** How many reviews stand at {@code step}. */
    long count(ReviewStep step) {
        return jdbc.queryForObject("SELECT count(*) FROM query_side.review WHERE step = ?", Long.class, step.name());
    }

    /** Periodic reviews past their due day and still undecided. */
    long overdue() {
        return jdbc.queryForObject("SELECT count(*) FROM query_side.review WHERE overdue_on IS NOT NULL AND step <> 'DECIDED'",
                Long.class);
    }

    private static ReviewItem item(ResultSet rs) throws SQLException {
        return new ReviewItem(rs.getObject("review_id", UUID.class), rs.getString("commune_code"), rs.getInt("year"),
                ReviewKind.valueOf(rs.getString("kind")), rs.getString("standard"), rs.getInt("lists_year"),
                ReviewStep.valueOf(rs.getString("step")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("posted_on", LocalDate.class), rs.getObject("posting_ends_on", LocalDate.class),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_number"), rs.getBoolean("overdue"),
                rs.getLong("listed"), rs.getLong("surveyed"), rs.getLong("agreed"), rs.getLong("open_complaints"),
                rs.getLong("decided"));
    }

    private static Classification classification(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Classification.valueOf(value);
    }

    /** The status the household is listed under on {@code day}, as the household page shows it; null before any assessment. */
    private static ListedStatus statusOn(ResultSet rs, LocalDate day) throws SQLException {
        Classification recognised = classification(rs, "classification");
        return recognised == null ? null : Listing.of(recognised, rs.getObject("classification_since", LocalDate.class),
                rs.getObject("left_lists_on", LocalDate.class), day).status();
    }
}
