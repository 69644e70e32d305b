package vn.householdledger.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import vn.householdledger.bench.history.ProvinceHistory;

/**
 * What the committee and the auditors read at province scale, one request at a time: one commune's
 * poverty list, the commune statistics of a year, one household's history, and one commune's poverty
 * list as of an instant of the history. Each read is warmed up, then timed over a number of requests
 * (or a time budget, for a slow one). The warm-up runs for 20 s (at most 5,000 requests), as a service
 * in use has answered the read many times: its request paths are compiled, and each pooled connection
 * has prepared the read's statements, when the timing starts. Timed by hand on a fresh service, the
 * poverty list's first 1,500 requests had a p99 of 33 ms, the next 1,500 one of 14 ms. The warm-up requests are timed apart: the first
 * reads of an answer the service keeps (the commune statistics of a year, asked for each year in turn,
 * so that the warm-up asks for every one) show what it costs to compute.
 */
final class Reads {

    private static final int WARMUP_AT_LEAST = 10;
    private static final int WARMUP_AT_MOST = 5_000;
    private static final long WARMUP_NANOS = 20_000_000_000L;
    private static final int SAMPLES = 300;
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private final Api committee;
    private final Api auditor;
    private final List<String> communes;
    private final List<UUID> households;
    private final SplittableRandom random = new SplittableRandom(7);

    Reads(Api committee, Api auditor, List<String> communes, List<UUID> households) {
        this.committee = committee;
        this.auditor = auditor;
        this.communes = communes;
        this.households = households;
    }

    /** One read's latencies: of its warm-up requests, and of the measured ones. */
    record Timed(Latencies warmUp, Latencies measured) {
    }

    /** Each read's latencies, by name. */
    Map<String, Timed> run() {
        Map<String, Timed> reads = new LinkedHashMap<>();
        reads.put("povertyListOfCommune", time(() -> committee.get("/api/poverty-list?commune=" + commune())));
        int[] asked = {0};
        reads.put("communeStatistics", time(() -> committee.get("/api/statistics/communes?year="
                + (ProvinceHistory.FIRST_YEAR + 1 + asked[0]++ % (ProvinceHistory.LAST_YEAR - ProvinceHistory.FIRST_YEAR)))));
        reads.put("householdHistory", time(() -> auditor.get("/api/households/" + household() + "/history")));
        reads.put("asOfPovertyListOfCommune", time(() -> auditor.get("/api/audit/poverty-list?asOf=" + instant()
                + "&commune=" + commune())));
        return reads;
    }

    private Timed time(Supplier<Api.Answer> read) {
        Latencies warmUp = new Latencies();
        long warming = System.nanoTime();
        while (warmUp.count() < WARMUP_AT_LEAST
                || warmUp.count() < WARMUP_AT_MOST && System.nanoTime() - warming < WARMUP_NANOS) {
            long sent = System.nanoTime();
            Api.Answer answer = read.get();
            warmUp.add(System.nanoTime() - sent);
            check(answer);
        }
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        while (latencies.count() < SAMPLES && (System.nanoTime() - started < BUDGET_NANOS || latencies.count() < 5)) {
            long sent = System.nanoTime();
            Api.Answer answer = read.get();
            latencies.add(System.nanoTime() - sent);
            check(answer);
        }
        return new Timed(warmUp, latencies);
    }

    private static void check(Api.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("A read failed: " + answer.status() + " " + answer.body());
        }
    }

    private String commune() {
        return communes.get(random.nextInt(communes.size()));
    }

    private UUID household() {
        return households.get(random.nextInt(households.size()));
    }

    /** An instant within the history, from its second year to its end. */
    private Instant instant() {
        long from = LocalDate.of(ProvinceHistory.FIRST_YEAR + 1, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long to = LocalDate.of(ProvinceHistory.LAST_YEAR + 1, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return Instant.ofEpochSecond(from + random.nextLong(to - from));
    }
}
