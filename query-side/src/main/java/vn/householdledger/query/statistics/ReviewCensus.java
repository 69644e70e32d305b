package vn.householdledger.query.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.events.household.ClassMove;
import vn.householdledger.query.projection.HandledEvents;
import vn.householdledger.query.projection.ReplayFolds;
import vn.householdledger.query.unit.UnitProjection;

/**
 * Counts over the reviews' counts (kept by {@link ReviewProjection}) by business date: how many households
 * of each unit were poor or near-poor on a day (by the last status decided on or before it, in the unit
 * their placement that day resolves to among the units in force on a second day, {@code unitsOn}; closed
 * cases left out), and how many moved between classes in a period. Each sums a period's counts of every
 * recorded commune and village (whole years from {@code review_count_year}, less the days of its first and
 * last year outside it from {@code review_count}), then resolves each to its unit. An answer is kept while
 * the reviews and the units read models stay as they were (their counts of handled events, read before
 * the answer is computed, key it), so that a committee's next reads cost nothing; none is kept while a
 * rebuild of the reviews still holds counts to write.
 */
@Repository
public class ReviewCensus {

    /** Poor and near-poor households of one commune on a day. */
    public record Statuses(long poor, long nearPoor) {
        public static final Statuses NONE = new Statuses(0, 0);
    }

    private static final String MOVES = Arrays.stream(ClassMove.values())
            .map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    /** The count rows of the days of a period ({@link Days#parameters()}), as deltas. */
    private static final String COUNTED = """
            (SELECT commune_code, village, counted, simulated, delta FROM query_side.review_count_year
              WHERE year BETWEEN ? AND ?
             UNION ALL
             SELECT commune_code, village, counted, simulated, -delta FROM query_side.review_count
              WHERE day >= ? AND day < ? OR day > ? AND day <= ?) c""";

    /** The days from {@code from} (all before {@code to} when null) to {@code to}, both included. */
    private record Days(LocalDate from, LocalDate to) {
        /** Its years, then the days of the first year before it and of the last year after it. */
        Object[] parameters(Object... before) {
            LocalDate first = from == null ? to : from.withDayOfYear(1);
            Object[] days = {from == null ? 0 : from.getYear(), to.getYear(), first, from == null ? first : from, to,
                    to.withMonth(12).withDayOfMonth(31)};
            return Stream.concat(Arrays.stream(before), Arrays.stream(days)).toArray();
        }
    }

    private record Question(long reviewsHandled, long unitsHandled, String query, List<Object> parameters) {
    }

    private final JdbcTemplate jdbc;
    private final HandledEvents handled;
    private final ReplayFolds folds;
    private final Map<Question, Object> answers = new ConcurrentHashMap<>();

    public ReviewCensus(JdbcTemplate jdbc, HandledEvents handled, ReplayFolds folds) {
        this.jdbc = jdbc;
        this.handled = handled;
        this.folds = folds;
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(String query, List<Object> parameters, Supplier<T> compute) {
        if (folds.folding(ReviewProjection.NAME)) {
            return compute.get();
        }
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
        jdbc.query("""
                        SELECT query_side.unit_in_force(c.commune_code, c.village, ?) AS commune,
                               coalesce(sum(c.households) FILTER (WHERE c.counted = 'POOR'), 0),
                               coalesce(sum(c.households) FILTER (WHERE c.counted = 'NEAR_POOR'), 0)
                          FROM (SELECT commune_code, village, counted, sum(delta) AS households FROM""" + COUNTED + """

                                 WHERE counted IN ('POOR', 'NEAR_POOR')
                                 GROUP BY commune_code, village, counted) c
                         GROUP BY commune""",
                rs -> {
                    byCommune.put(rs.getString(1), new Statuses(rs.getLong(2), rs.getLong(3)));
                }, new Days(null, day).parameters(unitsOn));
        return byCommune;
    }

    /**
     * The communes whose statuses on a day rest, for at least one open household, on a simulated
     * assessment (one the demo made up), whatever class it decided.
     */
    public Set<String> simulatedOn(LocalDate day, LocalDate unitsOn) {
        return answer("simulated", List.of(day, unitsOn), () -> Collections.unmodifiableSet(countSimulatedOn(day, unitsOn)));
    }

    private Set<String> countSimulatedOn(LocalDate day, LocalDate unitsOn) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT query_side.unit_in_force(commune_code, village, ?) FROM""" + COUNTED + """

                 WHERE simulated AND counted NOT IN""" + MOVES + """

                 GROUP BY commune_code, village HAVING sum(delta) > 0""", String.class,
                new Days(null, day).parameters(unitsOn)));
    }

    /** Moves of each kind decided in [from, to], by the unit in force on {@code unitsOn} of each household's placement then. */
    public Map<String, Map<ClassMove, Long>> movesBetween(LocalDate from, LocalDate to, LocalDate unitsOn) {
        return answer("moves", List.of(from, to, unitsOn), () -> Collections.unmodifiableMap(countMovesBetween(from, to, unitsOn)));
    }

    private Map<String, Map<ClassMove, Long>> countMovesBetween(LocalDate from, LocalDate to, LocalDate unitsOn) {
        Map<String, Map<ClassMove, Long>> byCommune = new HashMap<>();
        if (from.isAfter(to)) {
            return byCommune;
        }
        jdbc.query("""
                        SELECT query_side.unit_in_force(c.commune_code, c.village, ?) AS commune, c.counted, sum(c.moves)
                          FROM (SELECT commune_code, village, counted, sum(delta) AS moves FROM""" + COUNTED + """

                                 WHERE counted IN""" + MOVES + """

                                 GROUP BY commune_code, village, counted) c
                         GROUP BY commune, c.counted""",
                rs -> {
                    byCommune.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .put(ClassMove.valueOf(rs.getString(2)), rs.getLong(3));
                }, new Days(from, to).parameters(unitsOn));
        return byCommune;
    }
}
