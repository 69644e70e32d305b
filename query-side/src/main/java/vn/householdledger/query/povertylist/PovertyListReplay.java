package vn.householdledger.query.povertylist;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;

/**
 * Rebuilds the poverty list as the service knew it at an instant: the events recorded by then, in
 * the order the live projection read them, through the same {@link PovertyListEntry} fold.
 */
@Component
public class PovertyListReplay {

    private static final Logger log = LoggerFactory.getLogger(PovertyListReplay.class);
    private static final Set<Class<?>> LIST_EVENTS = Set.of(HouseholdRegistered.class, HouseholdAssessed.class,
            HeadChanged.class, HouseholdTransferred.class, HouseholdClosed.class);
    /**
     * Positions are given at insert and timestamps at creation, so an event recorded before the instant
     * can follow one recorded after it; past this margin beyond the instant, nothing earlier can follow.
     */
    private static final Duration COMMIT_MARGIN = Duration.ofMinutes(10);

    private final EventStorageEngine storage;

    public PovertyListReplay(EventStorageEngine storage) {
        this.storage = storage;
    }

    public Collection<PovertyListEntry> entriesAt(Instant asOf) {
        long started = System.nanoTime();
        Map<UUID, PovertyListEntry> entries = new LinkedHashMap<>();
        Instant stopAfter = asOf.plus(COMMIT_MARGIN);
        AtomicBoolean done = new AtomicBoolean();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.takeWhile(e -> !done.get())
                    .forEach(event -> {
                        if (event.getTimestamp().isAfter(stopAfter)) {
                            done.set(true);
                        } else if (!event.getTimestamp().isAfter(asOf) && LIST_EVENTS.contains(event.getPayloadType())) {
                            fold(entries, event.getPayload());
                        }
                    });
        }
        log.info("Replayed the poverty list as of {} for {} households in {} ms", asOf, entries.size(),
                (System.nanoTime() - started) / 1_000_000);
        return entries.values();
    }

    private static void fold(Map<UUID, PovertyListEntry> entries, Object payload) {
        if (payload instanceof HouseholdRegistered registered) {
            entries.put(registered.householdId(), PovertyListEntry.registered(registered));
        } else {
            entries.computeIfPresent(((HouseholdEvent) payload).householdId(), (id, entry) -> entry.apply(payload));
        }
    }
}
