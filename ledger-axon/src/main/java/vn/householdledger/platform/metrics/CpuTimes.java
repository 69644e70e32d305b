package vn.householdledger.platform.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import org.springframework.stereotype.Component;

/**
 * The process's CPU time and the JIT's compilation time in seconds, Prometheus's base unit:
 * {@code process_cpu_seconds_total} (the name Prometheus's own clients give it) and
 * {@code jvm_compilation_seconds_total}. They stand for Micrometer's {@code process.cpu.time} (in ns)
 * and {@code jvm.compilation.time} (in ms), which {@link PrometheusConventions} leaves out.
 */
@Component
public class CpuTimes implements MeterBinder {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double MILLIS_PER_SECOND = 1e3;

    @Override
    public void bindTo(MeterRegistry registry) {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        if (system instanceof com.sun.management.OperatingSystemMXBean process) {
            FunctionCounter.builder("process.cpu", process, p -> p.getProcessCpuTime() / NANOS_PER_SECOND)
                    .baseUnit("seconds")
                    .description("CPU time the process has used")
                    .register(registry);
        }
        CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
        if (compilation != null && compilation.isCompilationTimeMonitoringSupported()) {
            FunctionCounter.builder("jvm.compilation", compilation, c -> c.getTotalCompilationTime() / MILLIS_PER_SECOND)
                    .tag("compiler", compilation.getName())
                    .baseUnit("seconds")
                    .description("Time the JIT compiler has spent compiling")
                    .register(registry);
        }
    }
}
