package vn.householdledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's settings, each {@code --name=value} on the command line; every one has a default, so
 * {@code java -jar bench/target/bench.jar} from the repository's root runs the whole benchmark.
 *
 * @param households     households of the generated province
 * @param communes       communes and wards they live in
 * @param clients        concurrent clients of the command and raw-insert phases
 * @param warmupSeconds  seconds of commands (and inserts) before each measured window
 * @param measureSeconds seconds of each measured window
 * @param jar            the standalone service's jar
 * @param work           where the data directory and the generated history go
 * @param results        where the reports go
 * @param jvmArgs        JVM options of the standalone (space separated)
 * @param serviceArgs    further arguments of the standalone (space separated), e.g. a tuning property
 * @param seed           the seed of the generated history and list
 * @param importFormat   the format of the list the {@code imports} entry sends: {@code xlsx} or {@code csv}
 */
record Options(int households, int communes, int clients, int warmupSeconds, int measureSeconds, Path jar, Path work,
               Path results, List<String> jvmArgs, List<String> serviceArgs, long seed, String importFormat) {

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(
                Integer.parseInt(given.getOrDefault("households", "100000")),
                Integer.parseInt(given.getOrDefault("communes", "100")),
                Integer.parseInt(given.getOrDefault("clients", "8")),
                Integer.parseInt(given.getOrDefault("warmup-seconds", "30")),
                Integer.parseInt(given.getOrDefault("measure-seconds", "30")),
                Path.of(given.getOrDefault("jar", "standalone/target/household-ledger.jar")),
                Path.of(given.getOrDefault("work", "bench/target/work")),
                Path.of(given.getOrDefault("results", "bench/results")),
                words(given.getOrDefault("jvm-args", "")),
                words(given.getOrDefault("service-args", "")),
                Long.parseLong(given.getOrDefault("seed", "2018")),
                given.getOrDefault("import-format", "xlsx"));
        List<String> known = List.of("households", "communes", "clients", "warmup-seconds", "measure-seconds", "jar", "work",
                "results", "jvm-args", "service-args", "seed", "import-format");
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("Unknown option --" + k + "; known: " + known);
        });
        return options;
    }

    /** These options with the Bỉm Sơn demo loaded at the service's start. */
    Options withDemo() {
        List<String> args = new ArrayList<>(serviceArgs);
        args.addAll(List.of("--spring.profiles.active=demo", "--ledger.demo=bim-son-2018"));
        return new Options(households, communes, clients, warmupSeconds, measureSeconds, jar, work, results, jvmArgs, args, seed,
                importFormat);
    }

    /** These options with {@code more} JVM options of the standalone. */
    Options withJvmArgs(String... more) {
        List<String> args = new ArrayList<>(jvmArgs);
        args.addAll(List.of(more));
        return new Options(households, communes, clients, warmupSeconds, measureSeconds, jar, work, results, args, serviceArgs, seed,
                importFormat);
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
    }
}
