package vn.householdledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The service's Java heap while something runs, as {@code jstat -gc} reports it every second: the most the
 * heap held at once (young and old generations, garbage not yet collected included) and the most its old
 * generation held (what survived collections: the data the service kept).
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile double peakUsedMb;
    private volatile double peakOldMb;
    private volatile int samples;

    HeapSampler(long pid) throws IOException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path tool = java.resolveSibling("jstat");
        jstat = new ProcessBuilder(tool.toFile().exists() ? tool.toString() : "jstat", "-gc", Long.toString(pid), "1000")
                .redirectErrorStream(true).start();
        reader = new Thread(this::read, "bench-heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> fields = Arrays.asList(line.trim().split("\\s+"));
                if (fields.contains("EU")) {
                    header = fields;
                } else if (header != null && fields.size() == header.size()) {
                    double kb = 0;
                    for (String used : List.of("S0U", "S1U", "EU", "OU")) {
                        kb += Double.parseDouble(fields.get(header.indexOf(used)));
                    }
                    peakUsedMb = Math.max(peakUsedMb, kb / 1024);
                    peakOldMb = Math.max(peakOldMb, Double.parseDouble(fields.get(header.indexOf("OU"))) / 1024);
                    samples++;
                }
            }
        } catch (IOException | RuntimeException e) {
            Bench.log("The heap sampler stopped: " + e);
        }
    }

    /** The peaks in MiB, and how many samples they come from. */
    Map<String, Object> peaks() {
        return Map.of("peakHeapUsedMb", Math.round(peakUsedMb), "peakOldGenerationMb", Math.round(peakOldMb), "samples", samples);
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(5_000);
    }
}
