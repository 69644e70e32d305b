package vn.householdledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine the figures belong to, and how loaded it was: the 1-minute load average is sampled every
 * few seconds and summed up per phase, since other work on the same cores moves every figure.
 */
final class Machine implements AutoCloseable {

    private final Map<String, List<Double>> loadByPhase = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile String phase = "start";

    Machine() {
        sampler = new Thread(() -> {
            try {
                while (true) {
                    double load = loadAverage();
                    synchronized (loadByPhase) {
                        loadByPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(load);
                    }
                    Thread.sleep(5_000);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "bench-load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void phase(String name) {
        phase = name;
        synchronized (loadByPhase) {
            loadByPhase.computeIfAbsent(name, p -> new ArrayList<>()).add(loadAverage());
        }
    }

    /** Cores, memory, CPU, JDK and OS; PostgreSQL's version is added by the caller. */
    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        String memory = firstValue("/proc/meminfo", "MemTotal");
        machine.put("memoryMb", memory == null ? null : Long.parseLong(memory.replaceAll("\\D", "")) / 1024);
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** Per phase: the mean and the highest 1-minute load average seen. */
    Map<String, Object> load() {
        Map<String, Object> load = new LinkedHashMap<>();
        synchronized (loadByPhase) {
            loadByPhase.forEach((name, samples) -> load.put(name, Map.of(
                    "mean", Math.round(samples.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100) / 100.0,
                    "max", samples.stream().mapToDouble(Double::doubleValue).max().orElse(0))));
        }
        return load;
    }

    /** The load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them. */
    static Map<String, Object> loadAverages() {
        Map<String, Object> averages = new LinkedHashMap<>();
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            averages.put("1min", Double.parseDouble(fields[0]));
            averages.put("5min", Double.parseDouble(fields[1]));
            averages.put("15min", Double.parseDouble(fields[2]));
        } catch (IOException | RuntimeException e) {
            averages.put("unreadable", e.toString());
        }
        return averages;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String firstValue(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
