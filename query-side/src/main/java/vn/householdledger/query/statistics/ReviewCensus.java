package vn.householdledger.query.statistics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.query.projection.HandledEvents;
import vn.householdledger.query.unit.UnitProjection;

/**
 * Counts over the review read models by business date: how many households of each unit were poor
 * or near-poor on a day (by the last status decided on or before it, in the unit their placement that
 * day resolves to among the units in force on a second day, {@code unitsOn}; closed cases left out), and
 * how many moved between classes in a period. A count reads
 * every household's reviews (seconds at province scale), so each answer is kept for as long as the
 * reviews read model stays as it was: the events its projection has handled are counted in each
 * batch's transaction, and that count, with the units projection's own, read before the answer is
 * computed, keys the answer. An answer is thus never older than the state its key names, and the next
 * batch of either makes it be computed anew.
 */
@Repository
public class ReviewCensus {

    /** Poor and near-poor households of one commune on a day. */
    public record Statuses(long poor, long nearPoor) {
        public static final Statuses NONE = new Statuses(0, 0);
    }

    /** Each household's last standing (not voided) assessment decided on or before a day (the parameter). */
    private static final String STATUS_ON_DAY = """
            WITH status AS (
                SELECT DISTINCT ON (household_id) household_id, classification, simulated
                  FROM query_side.review_assessment
                 WHERE assessed_on <= ? AND NOT voided
                 ORDER BY household_id, assessed_on DESC, sequence_number DESC)
            """;
    /** The household's case was not closed on or before the day (the parameter); on lines of its own. */
    private static final String OPEN_ON_DAY = """

            NOT EXISTS (SELECT 1 FROM query_side.review_closure c
                         WHERE c.household_id = s.household_id AND c.closed_on <= ?)
            """;

    private record Question(long reviewsHandled, long unitsHandled, String query, Object parameters) {
    }

    private final JdbcTemplate jdbc;
    private final HandledEvents handled;
    private final Map<Question, Object> answers = new ConcurrentHashMap<>();

    public ReviewCensus(JdbcTemplate jdbc, HandledEvents handled) {
        this.jdbc = jdbc;
        this.handled = handled;
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(String query, Object parameters, Supplier<T> compute) {
        long reviewsHandled = handled.of(ReviewProjection.NAME);
        long unitsHandled = handled.of(UnitProjection.NAME);
        answers.keySet().removeIf(q -> q.reviewsHandled() != reviewsHandled || q.unitsHandled() != unitsHandled);
        return (T) answers.computeIfAbsent(new Question(reviewsHandled, unitsHandled, query, parameters), q -> compute.get());
    }

    public Map<String, Statuses> statusesOn(LocalDate day, LocalDate unitsOn) {
        return answer("statuses", List.of(day, unitsOn), () -> Collections.unmodifiableMap(countStatusesOn(day, unitsOn)));
    }

    private Map<String, Statuses> countStatusesOn(LocalDate day, LocalDate unitsOn) {
        Map<String, Statuses> byCommune = new HashMap<>();
        jdbc.query(STATUS_ON_DAY + """
                        SELECT query_side.unit_of(s.household_id, ?, ?) AS commune,
                               count(*) FILTER (WHERE s.classification = 'POOR'),
                               count(*) FILTER (WHERE s.classification = 'NEAR_POOR')
                          FROM status s
                         WHERE s.classification <> 'NOT_POOR' AND """ + OPEN_ON_DAY + """
                         GROUP BY commune""",
                rs -> {
                    byCommune.put(rs.getString(1), new Statuses(rs.getLong(2), rs.getLong(3)));
                }, day, day, unitsOn, day);
        return byCommune;
    }

    /**
     * The communes whose statuses on a day rest, for at least one open household, on a simulated
     * assessment (one the demo made up), whatever class it decided.
     */
    public Set<String> simulatedOn(LocalDate day, LocalDate unitsOn) {
        return answer("simulated", List.of(day, unitsOn), () -> Collections.unmodifiableSet(new HashSet<>(jdbc.queryForList(
                STATUS_ON_DAY + """
                        SELECT DISTINCT query_side.unit_of(s.household_id, ?, ?) FROM status s
                         WHERE s.simulated AND """ + OPEN_ON_DAY, String.class, day, day, unitsOn, day))));
    }

    /** Moves of each kind decided in [from, to], by the unit in force on {@code unitsOn} of each household's placement then. */
    public Map<String, Map<ClassMove, Long>> movesBetween(LocalDate from, LocalDate to, LocalDate unitsOn) {
        return answer("moves", List.of(from, to, unitsOn),
                () -> Collections.unmodifiableMap(countMovesBetween(from, to, unitsOn)));
    }

    private Map<String, Map<ClassMove, Long>> countMovesBetween(LocalDate from, LocalDate to, LocalDate unitsOn) {
        Map<String, Map<ClassMove, Long>> byCommune = new HashMap<>();
        jdbc.query("""
                        SELECT query_side.unit_of(household_id, decided_on, ?) AS commune, kind, count(*)
                          FROM query_side.review_move
                         WHERE decided_on BETWEEN ? AND ?
                         GROUP BY commune, kind""",
                rs -> {
                    byCommune.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .put(ClassMove.valueOf(rs.getString(2)), rs.getLong(3));
                }, unitsOn, from, to);
        return byCommune;
    }
}
