package vn.householdledger.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.householdledger.query.projection.ProcessingProgress;

/**
 * {@code ledger.projection.lag{projection=...}}: how many event positions each projection's slowest
 * segment, on whichever node, is behind the event store's head (the same on every node), for alerts on a stuck or slow read model. Registered once the processors
 * exist, when the application is ready.
 */
@Component
public class ProjectionLagMetrics {

    public static final String LAG = "ledger.projection.lag";

    private final ProcessingProgress progress;
    private final ProjectionStates states;
    private final MeterRegistry registry;

    public ProjectionLagMetrics(ProcessingProgress progress, ProjectionStates states, MeterRegistry registry) {
        this.progress = progress;
        this.states = states;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        progress.processors().keySet().forEach(name -> Gauge.builder(LAG, states, s -> s.lag(name))
                .description("Event positions the projection is behind the event store's head")
                .tag("projection", name)
                .register(registry));
    }
}
