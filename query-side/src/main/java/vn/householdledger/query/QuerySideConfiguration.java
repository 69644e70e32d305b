package vn.householdledger.query;

import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.householdledger.platform.postgres.SideMigrations;

/** Scheduling is on for the projections' completeness check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class QuerySideConfiguration {

    /** The query side owns {@code query_side}: read models, tokens and dead letters. */
    @Bean(initMethod = "migrate")
    public Flyway querySideFlyway(DataSource dataSource) {
        return SideMigrations.flyway(dataSource, "query_side");
    }

    /**
     * Every projection is a tracking processor of one segment and one thread that handles events in
     * batches, each batch and its token in one transaction. The thread that reads the events also
     * handles them: a pooled streaming processor hands each event from its reader to a worker, and on
     * two cores that hand-off cost a rebuild of 2.2 million events 40 % more CPU per projection. An idle
     * processor looks for new events every 200 ms (they are announced within the process, so this is
     * no query) and so stops within that when the application closes.
     */
    @Autowired
    public void trackingProjections(EventProcessingConfigurer processing,
                                    @Value("${ledger.projections.batch-size:2000}") int batchSize) {
        processing.usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(batchSize).andInitialSegmentsCount(1)
                        .andEventAvailabilityTimeout(200, TimeUnit.MILLISECONDS));
    }
}
