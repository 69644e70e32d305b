package vn.householdledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code report.json} (every figure) and {@code report.md} (the same, for people) in the results folder. */
final class Report {

    private Report() {
    }

    static void write(Map<String, Object> report, Path folder) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("report.json").toFile(), report);
        Files.writeString(folder.resolve("report.md"), markdown(report));
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder();
        md.append("# Household Ledger benchmark\n\n");
        md.append("Run from ").append(report.get("startedAt")).append(" to ").append(report.get("finishedAt"))
                .append(" with `").append(report.get("options")).append("`.\n\n");
        md.append("## Goals\n\n| what | goal | measured | met |\n|---|---|---|---|\n");
        ((Map<String, Map<String, Object>>) report.get("targets")).forEach((name, t) -> md.append("| ").append(name)
                .append(" | ").append(t.get("goal")).append(" | ").append(t.get("actual")).append(" | ")
                .append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**").append(" |\n"));
        md.append("\n## Figures\n\n| figure | value |\n|---|---|\n");
        for (String key : new String[]{"commandsPerSecond", "commandP50Ms", "commandP99Ms", "rawInsertsPerSecond",
                "longHistoryCommandRatio", "firstStatisticsAfterReviewMs", "provinceAsOfSeconds",
                "rebuildEventsPerSecond", "copyRowsPerSecond", "loadRowsPerSecond", "projectionCatchUpAfterCommandsSeconds",
                "startSeconds", "rssMb"}) {
            md.append("| `").append(key).append("` | ").append(report.get(key)).append(" |\n");
        }
        ((Map<String, Object>) report.get("readP99Ms")).forEach((read, p99) ->
                md.append("| `readP99Ms.").append(read).append("` | ").append(p99).append(" |\n"));
        Map<String, Map<String, Object>> nodes = (Map<String, Map<String, Object>>) report.get("nodes");
        for (String[] figure : new String[][]{{"commandsOneNode", "perSecond"}, {"commandsTwoNodes", "perSecond"},
                {"rebuildOneNode", "eventsPerSecond"}, {"rebuildTwoNodes", "eventsPerSecond"}}) {
            md.append("| `nodes.").append(figure[0]).append('.').append(figure[1]).append("` | ")
                    .append(nodes.get(figure[0]).get(figure[1])).append(" |\n");
        }
        section(md, "Commands over HTTP, HTTP Basic with a bcrypt password (commandsPerSecond, commandP50Ms, commandP99Ms)",
                report.get("commandsBasicBcrypt"));
        section(md, "Commands over HTTP, bearer tokens", report.get("commandsBearer"));
        section(md, "Raw inserts (PostgreSQL's ceiling for commands)", report.get("rawInserts"));
        section(md, "Rebuild of every read model", report.get("rebuild"));
        section(md, "A command on a long history against one on a short history", report.get("longHistory"));
        section(md, "The commune table's first answer after a review", report.get("firstStatisticsAfterReview"));
        section(md, "The whole province's poverty list as of an instant", report.get("provinceAsOf"));
        section(md, "Reads", report.get("reads"));
        section(md, "One node and two of each side, on the same cores (a third start, projections in 4 segments)", nodes);
        section(md, "Seconds spent vacuuming and waiting for autovacuum to finish before a phase", report.get("autovacuumWaitSeconds"));
        section(md, "First run of the service", report.get("firstRun"));
        section(md, "Generated history", report.get("history"));
        section(md, "CPU seconds by phase (service JVM, its PostgreSQL, the bench)", report.get("cpu"));
        section(md, "Machine", report.get("machine"));
        section(md, "Load average (1 minute) by phase", report.get("load"));
        return md.toString();
    }

    private static void section(StringBuilder md, String title, Object content) {
        md.append("\n## ").append(title).append("\n\n");
        if (content instanceof Map<?, ?> map) {
            map.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        } else {
            md.append(content).append('\n');
        }
    }
}
