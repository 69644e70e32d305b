package vn.householdledger.query.povertylist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
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
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;

/**
 * Rebuilds the poverty list from the event store as of a business date, as the ledger knows it now
 * ({@link DatedHousehold}). The list of some units replays only the households ever placed in them
 * (registered or transferred in, as the reviews' {@code review_placement} has them), each from its own
 * event stream: a household folds its own events alone, so their order among other households' events
 * does not matter, and one commune costs its own households' events, not the whole store's.
 */
@Component
public class PovertyListReplay {

    private static final Logger log = LoggerFactory.getLogger(PovertyListReplay.class);
    private static final Set<Class<?>> LIST_EVENTS = Set.of(HouseholdRegistered.class, HouseholdAssessed.class,
            AssessmentVoided.class, AssessmentRestated.class, HeadChanged.class, HouseholdTransferred.class,
            HouseholdClosed.class);

    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;

    public PovertyListReplay(EventStorageEngine storage, JdbcTemplate jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /**
     * The entries on the business date {@code day} of the households ever placed in one of {@code units} (or
     * of all), from every event recorded until now: what the ledger knows now of that day, a history brought
     * in later included.
     */
    public List<PovertyListEntry> entriesOn(LocalDate day, Set<String> units) {
        Map<UUID, DatedHousehold> households = new LinkedHashMap<>();
        replay(units, payload -> DatedHousehold.fold(households, payload));
        return households.values().stream().map(household -> household.entryOn(day)).toList();
    }

    /** Hands the list's events to {@code fold}, each household's in order. */
    private void replay(Set<String> units, Consumer<Object> fold) {
        long started = System.nanoTime();
        if (units == null) {
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
                events.filter(event -> LIST_EVENTS.contains(event.getPayloadType())).forEach(event -> fold.accept(event.getPayload()));
            }
        } else {
            List<String> households = jdbc.queryForList("SELECT DISTINCT household_id::text FROM query_side.review_placement "
                    + "WHERE commune_code = ANY (CAST(? AS TEXT[]))", String.class, (Object) units.toArray(String[]::new));
            for (String household : households) {
                DomainEventStream events = storage.readEvents(household);
                while (events.hasNext()) {
                    DomainEventMessage<?> event = events.next();
                    if (LIST_EVENTS.contains(event.getPayloadType())) {
                        fold.accept(event.getPayload());
                    }
                }
            }
        }
        log.info("Replayed the poverty list of {} in {} ms", units == null ? "every commune" : units,
                (System.nanoTime() - started) / 1_000_000);
    }
}
