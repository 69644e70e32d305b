package vn.householdledger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A number of clients, each sending its next operation as soon as the last one answered: a warm-up,
 * then a measured window in which every operation that starts and ends is counted and timed.
 */
final class ClosedLoop {

    /** One client: performs one operation and names its kind; throws when the operation fails. */
    @FunctionalInterface
    interface Client {
        String call() throws Exception;
    }

    record Result(double perSecond, Latencies all, Map<String, Latencies> byKind, long errors, List<String> firstErrors) {

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("perSecond", Math.round(perSecond));
            summary.putAll(all.summary());
            Map<String, Object> kinds = new LinkedHashMap<>();
            byKind.forEach((kind, latencies) -> kinds.put(kind, latencies.summary()));
            summary.put("byKind", kinds);
            summary.put("errors", errors);
            summary.put("firstErrors", firstErrors);
            return summary;
        }
    }

    private ClosedLoop() {
    }

    static Result run(int clients, int warmupSeconds, int measureSeconds, IntFunction<Client> clientOf) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + warmupSeconds * 1_000_000_000L;
        long windowEnd = windowStart + measureSeconds * 1_000_000_000L;
        Latencies all = new Latencies();
        Map<String, Latencies> byKind = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = clientOf.apply(i);
            Thread thread = new Thread(() -> {
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= windowEnd) {
                        return;
                    }
                    try {
                        String kind = client.call();
                        long answered = System.nanoTime();
                        if (sent >= windowStart && answered <= windowEnd) {
                            all.add(answered - sent);
                            byKind.computeIfAbsent(kind, k -> new Latencies()).add(answered - sent);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstErrors) {
                            if (firstErrors.size() < 5) {
                                firstErrors.add(e.getMessage());
                            }
                        }
                    }
                }
            }, "bench-client-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(all.count() / (double) measureSeconds, all, new TreeMap<>(byKind), errors.get(),
                List.copyOf(firstErrors));
    }
}
