package vn.householdledger.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event processor's metrics, tagged by processor and payload type:
 * {@code ledger_event_processor_handling_seconds} (a timer, {@code outcome} success or failure) and
 * {@code ledger_event_processor_ignored_total} (events it has no handler for). They replace Axon's own processor monitors, which build each meter anew for every
 * event and cost a quarter of a rebuild's CPU; here a processor looks its meters up once per payload
 * type. The command bus keeps Axon's monitors.
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessorMetrics {

    static final String HANDLING = "ledger.event.processor.handling";
    static final String IGNORED = "ledger.event.processor.ignored";

    /** Applied after Axon's metrics module, whose processor monitor it replaces. */
    @Bean
    public ConfigurerModule eventProcessorMonitors(MeterRegistry registry) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(EventProcessor.class,
                        (configuration, componentType, processor) -> new ProcessorMonitor(registry, processor));
            }

            @Override
            public int order() {
                return 1;
            }
        };
    }

    private record Meters(Timer success, Timer failure, Counter ignored) {
    }

    private static final class ProcessorMonitor implements MessageMonitor<Message<?>> {

        private final MeterRegistry registry;
        private final String processor;
        private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

        ProcessorMonitor(MeterRegistry registry, String processor) {
            this.registry = registry;
            this.processor = processor;
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            Meters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::meters);
            long started = System.nanoTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    meters.success().record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    meters.failure().record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                }

                @Override
                public void reportIgnored() {
                    meters.ignored().increment();
                }
            };
        }

        private Meters meters(Class<?> payloadType) {
            String type = payloadType.getSimpleName();
            return new Meters(timer(type, "success"), timer(type, "failure"),
                    Counter.builder(IGNORED).tag("processor", processor).tag("payload_type", type)
                            .description("Events the processor read and has no handler for").register(registry));
        }

        private Timer timer(String type, String outcome) {
            return Timer.builder(HANDLING).tag("processor", processor).tag("payload_type", type).tag("outcome", outcome)
                    .description("Time the processor took to handle an event").register(registry);
        }
    }
}
