package vn.householdledger.command;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.AxonTransientException;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import vn.householdledger.command.dispatch.RequestMetadata;
import vn.householdledger.platform.postgres.SideMigrations;
import vn.householdledger.platform.provenance.Provenance;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** The command side owns the event store and its own schema of lookups, tokens and idempotency records. */
    @Bean(initMethod = "migrate")
    public Flyway commandSideFlyway(DataSource dataSource) {
        return SideMigrations.flyway(dataSource, "command_side", "event_store");
    }

    /**
     * Two nodes writing one household race on the event store's unique key; the loser's
     * {@code ConcurrencyException} is transient, so the gateway retries it a few times. Two commands
     * creating one stream (a household id or commune code registered twice at once) race there too:
     * the loser's retry is refused by the uniqueness checks, which then see the winner.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        IntervalRetryScheduler.Builder retries = IntervalRetryScheduler.builder()
                .retryExecutor(retryThread())
                .maxRetryCount(5)
                .retryInterval(25);
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new IntervalRetryScheduler(retries) {
                    // The failure is judged whole: Axon judges each of its causes alone too, and the driver's
                    // SQLException under a lost race would make the race final.
                    @Override
                    protected boolean isExplicitlyNonTransient(Throwable failure) {
                        return !isTransient(failure);
                    }
                })
                .build();
    }

    /**
     * The thread the gateway's retries wait on: named for a thread dump, and a daemon, so that a service
     * that stopped (a test's context closed) leaves no thread behind that holds the JVM. Not a bean: a
     * {@code ScheduledExecutorService} bean would replace Boot's task scheduler.
     */
    private static ScheduledExecutorService retryThread() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("command-retry-");
        threads.setDaemon(true);
        return Executors.newSingleThreadScheduledExecutor(threads);
    }

    /** A lost race on the event store or a deadlock: worth another try; a refused rule never is. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AxonTransientException || t instanceof AggregateStreamCreationException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who caused it, through which request and from where, and its {@link Provenance} (and the import that
     * brought it in) when code in the process gave the command one: copied from each command onto its events. Only a command carries
     * it on; for any other message (each event a projection handles) the provider answers nothing, so
     * that no event's metadata is read just to be dropped.
     */
    @Bean
    public CorrelationDataProvider requestMetadataOnEvents() {
        CorrelationDataProvider request = new SimpleCorrelationDataProvider(
                Stream.concat(Arrays.stream(RequestMetadata.EVENT_KEYS), Stream.of(Provenance.KEY, Provenance.IMPORT_ID)).toArray(String[]::new));
        return message -> message instanceof CommandMessage<?> ? request.correlationDataFor(message) : Map.of();
    }
}
