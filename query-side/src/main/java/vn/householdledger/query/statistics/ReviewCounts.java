package vn.householdledger.query.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.query.projection.ReadModelWriter;
import vn.householdledger.query.projection.ReplayFold;
import vn.householdledger.query.projection.ReplayFolds;

/**
 * Keeps {@code review_count} for {@link ReviewProjection}: each household whose timeline an event changed
 * is recounted once per batch, when the batch commits, from the projection's own rows (its standing
 * assessments, placements, closure and moves), and only the difference to what it counted before is
 * applied, to the day's counts and to the year's ({@code review_count_year}, so that a read sums whole years
 * and only the days at a period's edges). Households are handled by one segment each, but a count row is
 * shared: it is upserted ({@code delta = delta + excluded.delta}), in the order of its key, so that two
 * segments' transactions add up and never wait on each other in a cycle.
 */
@Component
class ReviewCounts {

    private static final String RESOURCE = ReviewCounts.class.getName();
    /** The households to recount (the parameter, an array): their counts now, their difference applied. */
    private static final String RECOUNT = """
            WITH recounted AS (SELECT unnest(?::uuid[]) AS household_id),
            -- each day an assessment decided a household's status (the last one recorded for that day), up to
            -- the next such day or the day its case closed
            decided AS (
                SELECT DISTINCT ON (a.household_id, a.assessed_on) a.household_id, a.assessed_on, a.classification,
                       a.simulated
                  FROM query_side.review_assessment a JOIN recounted r ON r.household_id = a.household_id
                 WHERE NOT a.voided
                 ORDER BY a.household_id, a.assessed_on, a.sequence_number DESC),
            standing AS (
                SELECT d.household_id, d.classification, d.simulated, d.assessed_on AS from_day,
                       LEAST(lead(d.assessed_on, 1, 'infinity'::date) OVER (PARTITION BY d.household_id ORDER BY d.assessed_on),
                             c.closed_on) AS to_day
                  FROM decided d LEFT JOIN query_side.review_closure c ON c.household_id = d.household_id),
            -- the placement of each day, as placement_on answers it: the first one also before its day; the
            -- village is the registration's
            placed AS (
                SELECT p.household_id, p.commune_code, p.village,
                       CASE WHEN row_number() OVER w = 1 THEN '-infinity'::date ELSE p.from_date END AS from_day,
                       lead(p.from_date, 1, 'infinity'::date) OVER w AS to_day
                  FROM (SELECT DISTINCT ON (p.household_id, p.from_date) p.household_id, p.from_date, p.commune_code,
                               coalesce(max(p.village) OVER (PARTITION BY p.household_id), '') AS village
                          FROM query_side.review_placement p JOIN recounted r ON r.household_id = p.household_id
                         ORDER BY p.household_id, p.from_date, p.sequence_number DESC) p
                WINDOW w AS (PARTITION BY p.household_id ORDER BY p.from_date)),
            -- a status as counted: split where the placement changes; not poor only when simulated
            piece AS (
                SELECT s.household_id, p.commune_code, p.village, s.classification, s.simulated,
                       GREATEST(s.from_day, p.from_day) AS from_day, LEAST(s.to_day, p.to_day) AS to_day
                  FROM standing s JOIN placed p ON p.household_id = s.household_id
                   AND p.from_day < s.to_day AND s.from_day < p.to_day
                 WHERE s.from_day < s.to_day AND (s.classification <> 'NOT_POOR' OR s.simulated)),
            counted AS (
                SELECT household_id, commune_code, village, from_day AS day, classification AS counted, simulated,
                       1 AS delta
                  FROM piece
                UNION ALL
                SELECT household_id, commune_code, village, to_day, classification, simulated, -1 FROM piece
                 WHERE to_day < 'infinity'
                UNION ALL
                SELECT m.household_id, p.commune_code, p.village, m.decided_on, m.kind, FALSE, 1
                  FROM placed p JOIN query_side.review_move m ON m.household_id = p.household_id AND p.from_day <= m.decided_on
                   AND m.decided_on < p.to_day),
            gone AS (
                DELETE FROM query_side.review_household_count c USING recounted r WHERE c.household_id = r.household_id
                RETURNING c.commune_code, c.village, c.day, c.counted, c.simulated, c.delta),
            kept AS (
                INSERT INTO query_side.review_household_count (household_id, commune_code, village, day, counted,
                       simulated, delta)
                SELECT household_id, commune_code, village, day, counted, simulated, sum(delta) FROM counted
                 GROUP BY household_id, commune_code, village, day, counted, simulated
                HAVING sum(delta) <> 0
                RETURNING commune_code, village, day, counted, simulated, delta),
            change AS (
                SELECT commune_code, village, day, counted, simulated, sum(delta) AS delta
                  FROM (SELECT * FROM kept
                        UNION ALL
                        SELECT commune_code, village, day, counted, simulated, -delta FROM gone) change
                 GROUP BY commune_code, village, day, counted, simulated
                HAVING sum(delta) <> 0),
            daily AS (
                INSERT INTO query_side.review_count AS t (commune_code, village, day, counted, simulated, delta)
                SELECT * FROM change ORDER BY commune_code, village, day, counted, simulated
                ON CONFLICT (commune_code, village, day, counted, simulated) DO UPDATE SET delta = t.delta + excluded.delta)
            INSERT INTO query_side.review_count_year AS t (commune_code, village, year, counted, simulated, delta)
            SELECT commune_code, village, extract(YEAR FROM day), counted, simulated, sum(delta) FROM change
             GROUP BY commune_code, village, extract(YEAR FROM day), counted, simulated
             ORDER BY commune_code, village, extract(YEAR FROM day), counted, simulated
            ON CONFLICT (commune_code, village, year, counted, simulated) DO UPDATE SET delta = t.delta + excluded.delta""";

    /** Households recounted together once a rebuild has caught up, a few thousand to a statement. */
    private static final int RECOUNTED_AT_ONCE = 5_000;

    private final JdbcTemplate jdbc;
    private final ReadModelWriter writer;
    private final ReplayFold<UUID> afterReplay;

    ReviewCounts(JdbcTemplate jdbc, ReadModelWriter writer, ReplayFolds folds) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.afterReplay = folds.create(ReviewProjection.NAME, this::recountAfterReplay);
    }

    /**
     * Recounts the household when the batch commits, after the batch's rows are written; at once outside a batch.
     * During a rebuild's replay (see {@link ReplayFold}) it is recounted once, when the replay has caught up:
     * recounting each batch's households would recount every household again and again as its years pass by.
     */
    void recount(UUID household, ReplayStatus status) {
        if (afterReplay.get(household, status) != null || afterReplay.begin(household, status, () -> household)) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            recount(Set.of(household));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(RESOURCE, key -> {
            Set<UUID> households = new TreeSet<>();
            batch.onPrepareCommit(u -> {
                writer.flush();
                recount(households);
            });
            return households;
        }).add(household);
    }

    /** At the projection's reset: the replay that follows recounts its households at its end. */
    void reset() {
        afterReplay.reset();
    }

    private void recountAfterReplay(Collection<UUID> households) {
        writer.flush();
        List<UUID> all = new ArrayList<>(households);
        for (int from = 0; from < all.size(); from += RECOUNTED_AT_ONCE) {
            recount(new TreeSet<>(all.subList(from, Math.min(all.size(), from + RECOUNTED_AT_ONCE))));
        }
    }

    private void recount(Set<UUID> households) {
        jdbc.update(RECOUNT, (Object) households.stream().map(UUID::toString).toArray(String[]::new));
    }
}
