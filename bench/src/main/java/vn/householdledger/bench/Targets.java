package vn.householdledger.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The goals the service is held to, each checked against the figures of the same run. */
final class Targets {

    static final double REBUILD_EVENTS_PER_SECOND = 20_000;
    static final double READ_P99_MS = 20;
    static final double AS_OF_P99_MS = 2_000;
    static final double START_SECONDS = 15;
    static final double COMMANDS_RATIO_TO_RAW = 0.35;
    static final double COMMAND_P99_MS = 50;
    static final double LONG_HISTORY_RATIO = 1.2;
    static final double FIRST_STATISTICS_MS = 100;
    static final double PROVINCE_AS_OF_SECONDS = 10;

    private Targets() {
    }

    /** Each goal: what it asks ({@code goal}), what was measured ({@code actual}) and whether it was {@code met}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> check(Map<String, Object> report) {
        Map<String, Object> targets = new LinkedHashMap<>();
        double raw = number(report, "rawInsertsPerSecond");
        for (String commands : new String[]{"commandsBasicBcrypt", "commandsBearer"}) {
            Map<String, Object> figures = (Map<String, Object>) report.get(commands);
            double ratio = number(figures, "ratioToRaw");
            double p99 = number(figures, "p99Ms");
            targets.put(commands, goal("≥ " + COMMANDS_RATIO_TO_RAW + "× the raw ceiling (" + Math.round(raw * COMMANDS_RATIO_TO_RAW)
                    + " /s), p99 ≤ " + Math.round(COMMAND_P99_MS) + " ms", figures.get("perSecond") + " /s (" + ratio + "×), p99 "
                    + p99 + " ms", ratio >= COMMANDS_RATIO_TO_RAW && p99 <= COMMAND_P99_MS));
        }
        double longHistory = number(report, "longHistoryCommandRatio");
        targets.put("longHistoryCommand", goal("a 2,000-event household ≤ " + LONG_HISTORY_RATIO + "× a 20-event one (medians)",
                longHistory + "×", longHistory <= LONG_HISTORY_RATIO));
        double firstStatistics = number(report, "firstStatisticsAfterReviewMs");
        targets.put("firstStatisticsAfterReview", goal("median ≤ " + Math.round(FIRST_STATISTICS_MS) + " ms",
                firstStatistics + " ms", firstStatistics <= FIRST_STATISTICS_MS));
        double asOf = number(report, "provinceAsOfSeconds");
        targets.put("provinceAsOf", goal("≤ " + Math.round(PROVINCE_AS_OF_SECONDS) + " s", asOf + " s",
                asOf <= PROVINCE_AS_OF_SECONDS));
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
