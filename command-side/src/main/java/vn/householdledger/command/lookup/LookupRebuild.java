package vn.householdledger.command.lookup;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.spring.event.AxonStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.householdledger.api.admin.LookupsRebuilt;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.eventstore.EventStoreSchemaConfiguration;
import vn.householdledger.platform.security.Caller;

/**
 * Rebuilds every lookup from the event store: in one transaction, with commands held off
 * ({@link RebuildLock}), the tables are emptied by their handlers' reset and every event is replayed
 * through the same handlers that record it when a command stores it, in the store's order (a
 * national id released by one household may be taken by another later). The tables are replaced
 * whole or not at all. At start-up, lookups that are all empty beside a store that is not are rebuilt
 * before the service takes a request.
 */
@Component
public class LookupRebuild {

    private static final Logger log = LoggerFactory.getLogger(LookupRebuild.class);
    private static final String JOB = "lookup-rebuild";

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final List<LookupTables> tables;
    private final RebuildLock lock;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    public LookupRebuild(EventProcessingConfiguration processing, EventStorageEngine store, List<LookupTables> tables,
                         RebuildLock lock, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.processing = processing;
        this.store = store;
        this.tables = tables;
        this.lock = lock;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Axon's processors have started and the web server has not yet: no command can come in. */
    @EventListener(AxonStartedEvent.class)
    public void atStartUp() {
        if (tables.stream().allMatch(LookupTables::isEmpty) && storeHoldsEvents()) {
            log.warn("The lookups are empty but the event store is not: rebuilding them before taking requests");
            Caller.asSystem(JOB, Set.of(Role.ADMIN), Set.of(), this::rebuild);
        }
    }

    /** For an admin: the lookups replaced by what the event store holds, once committed. */
    public LookupsRebuilt rebuild() {
        Caller.current().require(Role.ADMIN);
        log.info("Rebuilding the lookups from the event store; commands wait until it is done");
        long started = System.nanoTime();
        LookupsRebuilt rebuilt = transactions.execute(status -> replay());
        log.info("Lookups rebuilt from {} events up to position {} in {} ms", rebuilt.replayed(), rebuilt.position(),
                (System.nanoTime() - started) / 1_000_000);
        return rebuilt;
    }

    private LookupsRebuilt replay() {
        lock.holdOffCommands();
        EventHandlerInvoker lookups = processing
                .eventProcessorByProcessingGroup(LookupTables.PROCESSING_GROUP, SubscribingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No subscribing processor " + LookupTables.PROCESSING_GROUP))
                .eventHandlerInvoker();
        lookups.performReset();
        long replayed = 0;
        long position = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            for (Iterator<? extends TrackedEventMessage<?>> it = events.iterator(); it.hasNext(); ) {
                TrackedEventMessage<?> event = it.next();
                position = event.trackingToken().position().orElse(position);
                if (lookups.canHandle(event, Segment.ROOT_SEGMENT)) {
                    handle(lookups, event, position);
                    replayed++;
                }
            }
        }
        return new LookupsRebuilt(replayed, position);
    }

    private static void handle(EventHandlerInvoker lookups, TrackedEventMessage<?> event, long position) {
        try {
            lookups.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("The lookups cannot be rebuilt: the " + event.getPayloadType().getSimpleName()
                    + " at position " + position + " contradicts the events before it (" + e.getMessage()
                    + "); the lookups are left as they were", e);
        }
    }

    private boolean storeHoldsEvents() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + EventStoreSchemaConfiguration.EVENT_TABLE + ")", Boolean.class));
    }
}
