package vn.householdledger.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.query.admin.ProjectionCompleteness;
import vn.householdledger.query.commune.CommuneProjection;

/**
 * AxonFramework issue 4829: a transaction that commits after the gap timeout is skipped by every
 * projection once a newer event that looks older than the gap timeout has been read above it. The
 * completeness check sees the event store hold an event the projections never handled, and the
 * rebuild it starts brings the event into every read model.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlowTransactionApiTest extends FaultsApiTest {

    private static final Duration GAP_TIMEOUT = Duration.ofMillis(1000);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionCompleteness completeness;
    @Autowired
    private MeterRegistry meters;

    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void anEventCommittedAfterTheGapTimeoutReachesEveryReadModelThroughTheRepair(CapturedOutput output) throws Exception {
        projections().awaitSettled();
        String slow = communeCode("SLOW");
        String aged = communeCode("AGED");
        CountDownLatch slowStored = new CountDownLatch(1);
        CountDownLatch commitSlow = new CountDownLatch(1);
        long[] slowPosition = {0};

        Future<?> slowCommand = writers.submit(() -> inTransaction(() -> {
            slowPosition[0] = register(slow);
            slowStored.countDown();
            await(commitSlow);
        }));
        slowStored.await();
        // Above it, an event whose own transaction commits only once the event is older than the gap
        // timeout: reading it, Axon's engine drops every gap below it, the open one included.
        writers.submit(() -> inTransaction(() -> {
            register(aged);
            sleep(GAP_TIMEOUT.plusMillis(500));
        })).get();
        assertThat(communeListed(aged)).isTrue();
        assertThat(gaps(CommuneProjection.NAME)).doesNotContain(slowPosition[0]);
        commitSlow.countDown();
        slowCommand.get();

        assertThat(communeListed(slow)).as("skipped by the projection, as Axon's engine does").isFalse();
        JsonNode communes = projections().named(CommuneProjection.NAME);
        assertThat(communes.get("missing").asLong()).as(communes.toString()).isEqualTo(1);
        assertThat(communes.get("complete").asBoolean()).isFalse();
        assertThat(communes.get("expected").asLong()).isEqualTo(communes.get("handled").asLong() + 1);
        assertThat(missingGauge(CommuneProjection.NAME)).isEqualTo(1.0);

        completeness.check();

        assertThat(output.getOut()).contains("Projection " + CommuneProjection.NAME + " missed 1 event(s)");
        List<JsonNode> settled = projections().awaitSettled();
        assertThat(communeListed(slow)).isTrue();
        assertThat(settled).allSatisfy(p -> {
            assertThat(p.get("missing").asLong()).as(p.toString()).isZero();
            assertThat(p.get("handled").asLong()).isEqualTo(p.get("expected").asLong());
        });
        completeness.check();
        assertThat(missingGauge(CommuneProjection.NAME)).isZero();
    }

    /** Registers a commune the way its aggregate would, into the event store within the caller's transaction; answers its position. */
    private long register(String code) {
        eventStore.publish(new GenericDomainEventMessage<>("Commune", code, 0,
                new CommuneRegistered(code, "Xã " + code, CommuneKind.COMMUNE, Area.RURAL, LocalDate.of(2018, 1, 1))));
        return jdbc.queryForObject("SELECT global_index FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, code);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private List<Long> gaps(String processor) {
        StreamingEventProcessor communes = (StreamingEventProcessor) processing.eventProcessor(processor).orElseThrow();
        return communes.processingStatus().values().stream()
                .map(status -> WrappedToken.unwrap(status.getTrackingToken(), GapAwareTrackingToken.class).orElseThrow().getGaps())
                .flatMap(Collection::stream).toList();
    }

    private double missingGauge(String projection) {
        return meters.get(ProjectionCompleteness.MISSING).tag("projection", projection).gauge().value();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
