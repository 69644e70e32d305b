package vn.householdledger.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The goals the service is held to, each checked against the figures of the same run. */
final class Targets {

    static final double REBUILD_EVENTS_PER_SECOND = 20_000;
    static final double READ_P99_MS = 20;
    static final double AS_OF_P99_MS = 2_000;
    static final double START_SECONDS = 15;

    private Targets() {
    }

    /** Each goal: what it asks ({@code goal}), what was measured ({@code actual}) and whether it was {@code met}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> check(Map<String, Object> report) {
        Map<String, Object> targets = new LinkedHashMap<>();
        double raw = number(report, "rawInsertsPerSecond");
        double commands = number(report, "commandsPerSecond");
        targets.put("commands", goal("≥ half the raw ceiling: " + Math.round(raw / 2) + " /s", commands + " /s",
                commands >= raw / 2));
        double copy = number(report, "copyRowsPerSecond");
        double rebuild = number(report, "rebuildEventsPerSecond");
        targets.put("rebuild", goal("≥ " + Math.round(REBUILD_EVENTS_PER_SECOND) + " events/s or half of COPY ("
                + Math.round(copy / 2) + " /s)", rebuild + " events/s",
                rebuild >= REBUILD_EVENTS_PER_SECOND || rebuild >= copy / 2));
        ((Map<String, Object>) report.get("readP99Ms")).forEach((read, p99) -> {
            double limit = read.startsWith("asOf") ? AS_OF_P99_MS : READ_P99_MS;
            double actual = ((Number) p99).doubleValue();
            targets.put(read, goal("p99 ≤ " + Math.round(limit) + " ms", actual + " ms", actual <= limit));
        });
        double start = number(report, "startSeconds");
        targets.put("start", goal("≤ " + Math.round(START_SECONDS) + " s", start + " s", start <= START_SECONDS));
        return targets;
    }

    private static Map<String, Object> goal(String goal, String actual, boolean met) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("goal", goal);
        entry.put("actual", actual);
        entry.put("met", met);
        return entry;
    }

    private static double number(Map<String, Object> report, String key) {
        return ((Number) report.get(key)).doubleValue();
    }
}
