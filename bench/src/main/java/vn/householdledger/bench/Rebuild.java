package vn.householdledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds every read model ({@code POST /api/admin/projections/rebuild}) and times it until every
 * projection is LIVE at the event store's head ({@code GET /api/admin/projections}), noting when each
 * one got there.
 */
final class Rebuild {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final Api admin;
    private final ObjectMapper json = new ObjectMapper();

    Rebuild(Api admin) {
        this.admin = admin;
    }

    /** Answers {@code seconds}, {@code events} (the head), {@code eventsPerSecond} and each projection's seconds. */
    Map<String, Object> run() throws InterruptedException {
        long started = System.nanoTime();
        Api.Answer accepted = admin.post("/api/admin/projections/rebuild", "");
        if (accepted.status() != 202) {
            throw new IllegalStateException("The rebuild was refused: " + accepted);
        }
        Map<String, Double> done = new LinkedHashMap<>();
        long head;
        while (true) {
            JsonNode projections = states(admin, json);
            head = projections.get(0).get("headPosition").asLong();
            int live = 0;
            for (JsonNode projection : projections) {
                if (atHead(projection)) {
                    done.putIfAbsent(projection.get("name").asText(), Bench.seconds(started));
                    live++;
                }
            }
            if (live == projections.size()) {
                break;
            }
            if (System.nanoTime() - started > LIMIT.toNanos()) {
                throw new IllegalStateException("The rebuild did not finish within " + LIMIT + ": " + projections);
            }
            Thread.sleep(200);
        }
        double seconds = Bench.seconds(started);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", head);
        result.put("seconds", seconds);
        result.put("eventsPerSecond", Math.round(head / seconds));
        result.put("secondsByProjection", done);
        return result;
    }

    /** Waits until every projection is LIVE at the head (after a start, or after a rebuild). */
    static void awaitAllLive(Api admin, Duration limit) throws InterruptedException {
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        while (true) {
            JsonNode projections = states(admin, json);
            boolean all = true;
            for (JsonNode projection : projections) {
                all &= atHead(projection);
            }
            if (all) {
                return;
            }
            if (System.nanoTime() - started > limit.toNanos()) {
                throw new IllegalStateException("Projections not LIVE at the head within " + limit + ": " + projections);
            }
            Thread.sleep(200);
        }
    }

    /** Every projection's state across the nodes, as {@code GET /api/admin/projections} answers it. */
    static JsonNode states(Api admin, ObjectMapper json) {
        Api.Answer answer = admin.get("/api/admin/projections");
        if (answer.status() != 200) {
            throw new IllegalStateException("Projection states unavailable: " + answer);
        }
        return answer.json(json);
    }

    private static boolean atHead(JsonNode projection) {
        JsonNode position = projection.get("position");
        return "LIVE".equals(projection.get("state").asText()) && position != null && !position.isNull()
                && position.asLong() >= projection.get("headPosition").asLong();
    }
}
