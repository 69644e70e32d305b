package vn.householdledger.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Meters named, tagged and described as Prometheus's own lint ({@code promtool check metrics}) asks:
 * <ul>
 * <li>Axon's monitors ({@code commandBus.successTimer{payloadType}}) are named {@code axon.command.bus.success}
 * (a timer: {@code axon_command_bus_success_seconds}); a counter ({@code successCounter}) is named for
 * what it counts, {@code axon.command.bus.success.messages}: Micrometer keeps one meter per name and
 * tags, so it may not share the name of the timer of its outcome;</li>
 * <li>every camelCase tag key is written in snake_case ({@code payload_type});</li>
 * <li>a meter without a description gets the one written here, for Prometheus's HELP;</li>
 * <li>{@code system.cpu.count} is {@code system.cpu.processors} ({@code _count} belongs to summaries);
 * the process's CPU time and the JIT's compilation time, counted in abbreviated units, are left out
 * for {@link CpuTimes}' counters in seconds.</li>
 * </ul>
 */
@Component
public class PrometheusConventions implements MeterFilter {

    /** Axon's components that monitor their messages, by the name Axon's configuration gives them. */
    private static final Map<String, String> AXON_COMPONENTS = Map.of(
            "commandBus", "command bus",
            "eventStore", "event store",
            "queryBus", "query bus",
            "queryUpdateEmitter", "query update emitter");

    /** What each of Axon's monitors measures, of the component it names. */
    private static final Map<String, String> AXON_MONITORS = Map.ofEntries(
            Map.entry("ingestedCounter", "Messages the %s received"),
            Map.entry("successCounter", "Messages the %s handled successfully"),
            Map.entry("failureCounter", "Messages the %s failed to handle"),
            Map.entry("processedCounter", "Messages the %s finished with, successfully or not"),
            Map.entry("ignoredCounter", "Messages the %s had no handler for"),
            Map.entry("allTimer", "Time the %s took per message, whatever the outcome"),
            Map.entry("successTimer", "Time the %s took per message handled successfully"),
            Map.entry("failureTimer", "Time the %s took per message it failed to handle"),
            Map.entry("ignoredTimer", "Time the %s took per message it had no handler for"),
            Map.entry("capacity", "Messages the %s handled at once, on average over the last 10 minutes"));

    /** Spring's and Tomcat's meters that come without a description. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("http.server.requests", "HTTP requests answered, by method, path pattern and status"),
            Map.entry("http.server.requests.active", "HTTP requests being answered"),
            Map.entry("http.client.requests", "HTTP requests sent to another service (the pages to the API), by method, path pattern and status"),
            Map.entry("http.client.requests.active", "HTTP requests sent and not yet answered"),
            Map.entry("tasks.scheduled.execution", "Runs of scheduled tasks"),
            Map.entry("tasks.scheduled.execution.active", "Scheduled tasks running"),
            Map.entry("tomcat.sessions.active.current", "HTTP sessions open"),
            Map.entry("tomcat.sessions.active.max", "Most HTTP sessions open at once"),
            Map.entry("tomcat.sessions.alive.max", "Longest time an expired HTTP session lived"),
            Map.entry("tomcat.sessions.created", "HTTP sessions created"),
            Map.entry("tomcat.sessions.expired", "HTTP sessions expired"),
            Map.entry("tomcat.sessions.rejected", "HTTP sessions refused for being one too many"));

    private static final Set<String> IN_ABBREVIATED_UNITS = Set.of("process.cpu.time", "jvm.compilation.time");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return IN_ABBREVIATED_UNITS.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        String description = id.getDescription();
        String[] axon = name.split("\\.", 2);
        if (axon.length == 2 && AXON_COMPONENTS.containsKey(axon[0]) && AXON_MONITORS.containsKey(axon[1])) {
            String monitor = axon[1];
            name = "axon." + words(axon[0], '.') + "." + words(monitor.replaceFirst("(Counter|Timer)$", ""), '.')
                    + (monitor.endsWith("Counter") ? ".messages" : "");
            description = AXON_MONITORS.get(monitor).formatted(AXON_COMPONENTS.get(axon[0]));
        } else if (name.equals("system.cpu.count")) {
            name = "system.cpu.processors";
        }
        if (description == null) {
            description = DESCRIPTIONS.get(name);
        }
        Tags tags = Tags.empty();
        for (Tag tag : id.getTagsAsIterable()) {
            tags = tags.and(words(tag.getKey(), '_'), tag.getValue());
        }
        return new Meter.Id(name, tags, id.getBaseUnit(), description, id.getType());
    }

    /** {@code commandBus} as {@code command.bus} or {@code command_bus}. */
    private static String words(String camelCase, char separator) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase();
    }
}
