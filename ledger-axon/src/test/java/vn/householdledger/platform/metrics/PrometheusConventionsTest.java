package vn.householdledger.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** How Axon's meters, and Micrometer's own that Prometheus's lint refuses, are named and described. */
class PrometheusConventionsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    PrometheusConventionsTest() {
        meters.config().meterFilter(new PrometheusConventions());
    }

    @Test
    void axonsTimerIsNamedForItsComponentAndOutcomeInSnakeCase() {
        Meter.Id id = Timer.builder("commandBus.successTimer").tag("payloadType", "RegisterHousehold").register(meters).getId();

        assertThat(id.getName()).isEqualTo("axon.command.bus.success");
        assertThat(id.getTag("payload_type")).isEqualTo("RegisterHousehold");
        assertThat(id.getDescription()).isEqualTo("Time the command bus took per message handled successfully");
    }

    @Test
    void axonsCounterCountsMessagesSoItsNameDiffersFromTheTimerOfItsOutcome() {
        Meter.Id id = Counter.builder("eventStore.ingestedCounter").tag("payloadType", "HouseholdRegistered")
                .register(meters).getId();

        assertThat(id.getName()).isEqualTo("axon.event.store.ingested.messages");
        assertThat(id.getDescription()).isEqualTo("Messages the event store received");
    }

    @Test
    void aDescriptionOfItsOwnIsKept() {
        Meter.Id id = Counter.builder("ledger.security.failed.logins").description("Logins refused").register(meters).getId();

        assertThat(id.getName()).isEqualTo("ledger.security.failed.logins");
        assertThat(id.getDescription()).isEqualTo("Logins refused");
    }

    @Test
    void springsMeterWithoutADescriptionGetsOne() {
        Meter.Id id = Timer.builder("http.server.requests").tag("uri", "/api/communes").register(meters).getId();

        assertThat(id.getDescription()).isEqualTo("HTTP requests answered, by method, path pattern and status");
    }

    @Test
    void theProcessorCountIsNoSummarysCount() {
        meters.gauge("system.cpu.count", 2);

        assertThat(meters.find("system.cpu.processors").gauge()).isNotNull();
    }

    @Test
    void timesInAbbreviatedUnitsAreLeftForTheirCountersInSeconds() {
        new CpuTimes().bindTo(meters);
        Counter.builder("process.cpu.time").baseUnit("ns").register(meters);

        assertThat(meters.find("process.cpu.time").meter()).isNull();
        assertThat(meters.get("process.cpu").functionCounter().getId().getBaseUnit()).isEqualTo("seconds");
    }
}
