package vn.householdledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The poverty list of the whole province as recorded at an instant, as an auditor of every commune asks
 * for it (no {@code commune}): seconds to its first page. Asked a few times, once only when it takes
 * more than a minute; the client waits as long as {@link #LIMIT}, so that whatever it takes is recorded.
 */
final class ProvinceAsOf {

    private static final int ASKED = 3;
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final double ONCE_IF_SLOWER_THAN_SECONDS = 60;

    private ProvinceAsOf() {
    }

    /** {@code seconds} (the median), each answer's seconds and the instant asked about. */
    static Map<String, Object> run(Api auditor, Instant asOf) {
        List<Double> seconds = new ArrayList<>();
        do {
            long sent = System.nanoTime();
            Api.Answer list = auditor.getSlow("/api/audit/poverty-list?asOf=" + asOf, LIMIT);
            seconds.add(Bench.seconds(sent));
            if (list.status() != 200) {
                throw new IllegalStateException("The province's list as of " + asOf + " answered " + list.status() + ": "
                        + list.body());
            }
        } while (seconds.size() < ASKED && seconds.get(0) < ONCE_IF_SLOWER_THAN_SECONDS);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", seconds.stream().sorted().toList().get((seconds.size() - 1) / 2));
        result.put("each", seconds);
        result.put("asOf", asOf.toString());
        return result;
    }
}
