package vn.householdledger.query.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import vn.householdledger.events.household.HouseholdEvent;

/**
 * For a projection that folds each event into a household's row: the rows of one batch are read
 * once (every household the batch names, in one query), changed in memory, and written back together
 * when the batch commits, in its transaction.
 *
 * @param <V> the row
 */
public final class RowCache<V> {

    private final String resource;
    private final Function<Collection<UUID>, Map<UUID, V>> load;
    private final Consumer<Collection<V>> save;

    /**
     * @param load reads the stored rows of the given households (absent ones are left out)
     * @param save writes the changed rows (inserting or updating)
     */
    public RowCache(String name, Function<Collection<UUID>, Map<UUID, V>> load, Consumer<Collection<V>> save) {
        this.resource = RowCache.class.getName() + "." + name;
        this.load = load;
        this.save = save;
    }

    /** The household's row as this batch has it, or null for a household not seen yet. */
    public V get(UUID householdId) {
        Rows<V> rows = rows();
        if (!rows.known.containsKey(householdId) && !rows.loaded.contains(householdId)) {
            rows.known.putAll(load.apply(Set.of(householdId)));
            rows.loaded.add(householdId);
        }
        return rows.known.get(householdId);
    }

    public void put(UUID householdId, V row) {
        Rows<V> rows = rows();
        rows.known.put(householdId, row);
        rows.dirty.put(householdId, row);
    }

    private Rows<V> rows() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(resource, key -> {
            Rows<V> rows = new Rows<>();
            Set<UUID> named = householdsOf(unitOfWork);
            rows.known.putAll(load.apply(named));
            rows.loaded.addAll(named);
            unitOfWork.onPrepareCommit(u -> {
                if (!rows.dirty.isEmpty()) {
                    save.accept(rows.dirty.values());
                }
            });
            return rows;
        });
    }

    private static Set<UUID> householdsOf(UnitOfWork<?> unitOfWork) {
        Collection<? extends EventMessage<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages().stream().map(m -> (EventMessage<?>) m).toList()
                : java.util.List.of((EventMessage<?>) unitOfWork.getMessage());
        return messages.stream().map(EventMessage::getPayload).filter(HouseholdEvent.class::isInstance)
                .map(p -> ((HouseholdEvent) p).householdId()).collect(Collectors.toSet());
    }

    private static final class Rows<V> {
        final Map<UUID, V> known = new HashMap<>();
        final Set<UUID> loaded = new java.util.HashSet<>();
        final Map<UUID, V> dirty = new LinkedHashMap<>();
    }
}
