package vn.householdledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * The committee's first look after a review: a household's assessment moves it between poor and not
 * poor, the bench waits until the read side has that assessment (a read at the write's
 * {@code X-Event-Position}), then times the first answer of the commune table of the review's year for
 * the whole province, and the next one. Repeated, each time after a new move.
 */
final class FirstStatistics {

    private static final int REVIEWS = 7;

    private final Commands commands;
    private final Api worker;
    private final Api committee;
    private final ObjectMapper json = new ObjectMapper();
    private final int year = LocalDate.now(BusinessCalendar.VIETNAM).getYear();

    FirstStatistics(Commands commands, Api worker, Api committee) {
        this.commands = commands;
        this.worker = worker;
        this.committee = committee;
    }

    /** The first answers' median and max, the next answers' median, and the year read. */
    Map<String, Object> run(UUID household) throws Exception {
        assess(household, true);
        Latencies first = new Latencies();
        Latencies next = new Latencies();
        for (int i = 0; i < REVIEWS; i++) {
            assess(household, i % 2 == 1);
            first.add(timedTable());
            next.add(timedTable());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("year", year);
        result.put("reviews", REVIEWS);
        result.put("firstMedianMs", Latencies.round(first.percentileMs(50)));
        result.put("firstMaxMs", Latencies.round(first.percentileMs(100)));
        result.put("nextMedianMs", Latencies.round(next.percentileMs(50)));
        return result;
    }

    /** Records the move and waits until every projection reflects it. */
    private void assess(UUID household, boolean poor) throws Exception {
        Api.Answer answer = commands.assess(household, commands.assessment(poor));
        Classification expected = poor ? Classification.POOR : Classification.NOT_POOR;
        if (!expected.name().equals(answer.json(json).path("classification").asText())) {
            throw new IllegalStateException("The assessment meant as " + expected + " was " + answer.body());
        }
        while (true) {
            Api.Answer read = worker.getAt("/api/households/" + household, answer.position());
            if (read.status() == 200) {
                return;
            }
            if (read.status() != 503) {
                throw new IllegalStateException("The household's read answered " + read.status() + ": " + read.body());
            }
        }
    }

    private long timedTable() {
        long sent = System.nanoTime();
        Api.Answer table = committee.get("/api/statistics/communes?year=" + year);
        long elapsed = System.nanoTime() - sent;
        if (table.status() != 200) {
            throw new IllegalStateException("The commune table answered " + table.status() + ": " + table.body());
        }
        return elapsed;
    }
}
