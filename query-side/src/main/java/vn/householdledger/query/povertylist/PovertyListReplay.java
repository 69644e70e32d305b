package vn.householdledger.query.povertylist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.AssessmentRestated;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;

/**
 * Rebuilds the poverty list from the event store: as of a business date, as the ledger knows it now
 * ({@link DatedHousehold}), or as the service knew it at an instant: the events recorded by then, in
 * the order the live projection read them, through the same {@link PovertyListEntry} fold. The list
 * of some units replays only the households ever placed in them (registered or transferred in, as the
 * reviews' {@code review_placement} has them), each from its own event stream: an entry folds its
 * household's events alone, so their order among other households' events does not matter, and one
 * commune costs its own households' events, not the whole store's.
 */
@Component
public class PovertyListReplay {

    private static final Logger log = LoggerFactory.getLogger(PovertyListReplay.class);
    private static final Set<Class<?>> LIST_EVENTS = Set.of(HouseholdRegistered.class, HouseholdAssessed.class,
            AssessmentVoided.class, AssessmentRestated.class, HeadChanged.class, HouseholdTransferred.class,
            HouseholdClosed.class);
    /**
     * Positions are given at insert and timestamps at creation, so an event recorded before the instant
     * can follow one recorded after it; past this margin beyond the instant, nothing earlier can follow.
     */
    private static final Duration COMMIT_MARGIN = Duration.ofMinutes(10);

    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;

    public PovertyListReplay(EventStorageEngine storage, JdbcTemplate jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** The entries at {@code asOf} of the households ever placed in one of {@code units}, or of all when null. */
    public Collection<PovertyListEntry> entriesAt(Instant asOf, Set<String> units) {
        Map<UUID, PovertyListEntry> entries = new LinkedHashMap<>();
        replay(asOf, units, payload -> fold(entries, payload));
        return entries.values();
    }

    /**
     * The entries on the business date {@code day} of the households ever placed in one of {@code units} (or
     * of all), from every event recorded until now: what the ledger knows now of that day, a history brought
     * in later included.
     */
    public List<PovertyListEntry> entriesOn(LocalDate day, Set<String> units) {
        Map<UUID, DatedHousehold> households = new LinkedHashMap<>();
        replay(null, units, payload -> DatedHousehold.fold(households, payload));
        return households.values().stream().map(household -> household.entryOn(day)).toList();
    }

    /** Hands the list's events recorded by {@code asOf} (all, when null) to {@code fold}, each household's in order. */
    private void replay(Instant asOf, Set<String> units, Consumer<Object> fold) {
        long started = System.nanoTime();
        if (units == null) {
            replayAll(asOf, fold);
        } else {
            List<String> households = jdbc.queryForList("SELECT DISTINCT household_id::text FROM query_side.review_placement "
                    + "WHERE commune_code = ANY (CAST(? AS TEXT[]))", String.class, (Object) units.toArray(String[]::new));
            for (String household : households) {
                DomainEventStream events = storage.readEvents(household);
                while (events.hasNext()) {
                    DomainEventMessage<?> event = events.next();
                    if (recordedBy(event, asOf) && LIST_EVENTS.contains(event.getPayloadType())) {
                        fold.accept(event.getPayload());
                    }
                }
            }
        }
        log.info("Replayed the poverty list of {} as of {} in {} ms", units == null ? "every commune" : units,
                asOf == null ? "now" : asOf, (System.nanoTime() - started) / 1_000_000);
    }

    private void replayAll(Instant asOf, Consumer<Object> fold) {
        Instant stopAfter = asOf == null ? null : asOf.plus(COMMIT_MARGIN);
        AtomicBoolean done = new AtomicBoolean();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.takeWhile(e -> !done.get())
                    .forEach(event -> {
                        if (stopAfter != null && event.getTimestamp().isAfter(stopAfter)) {
                            done.set(true);
                        } else if (recordedBy(event, asOf) && LIST_EVENTS.contains(event.getPayloadType())) {
                            fold.accept(event.getPayload());
                        }
                    });
        }
    }

    private static boolean recordedBy(EventMessage<?> event, Instant asOf) {
        return asOf == null || !event.getTimestamp().isAfter(asOf);
    }

    private static void fold(Map<UUID, PovertyListEntry> entries, Object payload) {
        if (payload instanceof HouseholdRegistered registered) {
            entries.put(registered.householdId(), PovertyListEntry.registered(registered));
        } else {
            entries.computeIfPresent(((HouseholdEvent) payload).householdId(), (id, entry) -> entry.apply(payload));
        }
    }
}
