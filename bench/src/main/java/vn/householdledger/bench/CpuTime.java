package vn.householdledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU seconds spent by the service's JVM, by its PostgreSQL (the postmaster, which runs detached from
 * the JVM, and its backends, including those already gone) and by the bench itself, from /proc. Unlike wall
 * time this does not move with other work on the machine, so it says where a phase's cost lies and how
 * many cores it kept busy.
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100;

    /** A reading: CPU seconds of the service's JVM, its PostgreSQL and the bench. */
    record Reading(double service, double postgres, double bench, long nanos) {

        Map<String, Object> since(Reading start) {
            double wall = (nanos - start.nanos) / 1e9;
            Map<String, Object> used = new LinkedHashMap<>();
            used.put("serviceJvmCpuSeconds", Bench.round(service - start.service));
            used.put("postgresCpuSeconds", Bench.round(postgres - start.postgres));
            used.put("benchCpuSeconds", Bench.round(bench - start.bench));
            used.put("wallSeconds", Bench.round(wall));
            used.put("coresBusy", Bench.round((service - start.service + postgres - start.postgres + bench - start.bench) / wall));
            return used;
        }
    }

    private CpuTime() {
    }

    static Reading read(long servicePid, long postmasterPid) {
        return new Reading(own(servicePid), tree(postmasterPid), own(ProcessHandle.current().pid()), System.nanoTime());
    }

    /** The process's own CPU time. */
    private static double own(long pid) {
        long[] times = times(pid);
        return (times[0] + times[1]) / TICKS_PER_SECOND;
    }

    /** The process and every one below it: the living ones' own time, and the reaped ones' through their parents. */
    private static double tree(long pid) {
        ProcessHandle root = ProcessHandle.of(pid).orElse(null);
        if (root == null) {
            return 0;
        }
        long[] rootTimes = times(pid);
        double rootTotal = (rootTimes[0] + rootTimes[1] + rootTimes[2] + rootTimes[3]) / TICKS_PER_SECOND;
        return rootTotal + root.descendants().mapToDouble(child -> {
            long[] t = times(child.pid());
            return (t[0] + t[1] + t[2] + t[3]) / TICKS_PER_SECOND;
        }).sum();
    }

    /** utime, stime, cutime and cstime in clock ticks (all zero for a process gone meanwhile). */
    private static long[] times(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException gone) {
            return new long[4];
        }
    }
}
