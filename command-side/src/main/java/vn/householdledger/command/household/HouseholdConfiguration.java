package vn.householdledger.command.household;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a {@link Household} is loaded: from memory while it is cached, else from its last snapshot and
 * the events after it. Both only shorten the load; the events stay the truth, and nothing rebuilt from
 * them (lookups, projections, the hash chain's verification) reads a snapshot.
 */
@Configuration(proxyBeanMethods = false)
public class HouseholdConfiguration {

    static final String CACHE = "householdCache";
    static final String SNAPSHOTS = "householdSnapshots";

    /**
     * A household is kept in memory between its commands, as long as the collector leaves it there. A
     * command that fails (a refusal, or a write that lost a race to another node on the event store's
     * key) evicts it, so the next one reloads what is stored. The cache assumes that this node is the one
     * command side writing the store, as the deployments run it: with more, a refusal could be decided on a
     * copy another node made stale, so they would set {@code ledger.commands.cache-households: false}.
     */
    @Bean(CACHE)
    public Cache householdCache(@Value("${ledger.commands.cache-households:true}") boolean cached) {
        return cached ? new WeakReferenceCache() : NoCache.INSTANCE;
    }

    /**
     * A snapshot is taken after the commit of the command whose events bring the household to
     * {@code ledger.commands.snapshot-threshold} events since its last load from the store. The default
     * is a first guess: the bench (a 2,000-event household against a 20-event one) will settle it.
     */
    @Bean(SNAPSHOTS)
    public SnapshotTriggerDefinition householdSnapshots(Snapshotter snapshotter,
                                                        @Value("${ledger.commands.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
