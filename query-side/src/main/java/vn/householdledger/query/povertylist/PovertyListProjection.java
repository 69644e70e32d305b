package vn.householdledger.query.povertylist;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.householdledger.events.household.HouseholdEvent;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.Listing;
import vn.householdledger.query.projection.RowCache;

/**
 * Reads every household event that changes the list (registration, assessment, its voiding and the
 * restatements after it, head, transfer, closure) through {@link PovertyListEntry}; owns
 * {@code poverty_list}; serves {@code GET /api/poverty-list}.
 */
@Component
@ProcessingGroup(PovertyListProjection.NAME)
public class PovertyListProjection {

    public static final String NAME = "poverty-list";

    private final JdbcTemplate jdbc;
    private final RowCache<PovertyListEntry> rows;

    public PovertyListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new RowCache<>(NAME, this::load, this::save);
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        rows.put(event.householdId(), PovertyListEntry.registered(event));
    }

    @EventHandler
    void on(HouseholdEvent event) {
        PovertyListEntry entry = rows.get(event.householdId());
        if (entry != null) {
            PovertyListEntry changed = entry.apply(event);
            if (changed != entry) {
                rows.put(event.householdId(), changed);
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE query_side.poverty_list");
    }

    private Map<UUID, PovertyListEntry> load(Collection<UUID> households) {
        Map<UUID, PovertyListEntry> found = new HashMap<>();
        if (households.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT " + PovertyListEntry.COLUMNS + " FROM query_side.poverty_list WHERE household_id = ANY (?::uuid[])",
                rs -> {
                    PovertyListEntry entry = PovertyListEntry.read(rs);
                    found.put(entry.householdId(), entry);
                }, (Object) households.stream().map(UUID::toString).toArray(String[]::new));
        return found;
    }

    private void save(Collection<PovertyListEntry> entries) {
        List<Object[]> args = entries.stream().map(e -> new Object[]{e.householdId(), e.code(), e.communeCode(), e.headName(),
                e.classification() == null ? null : e.classification().name(), e.classificationSince(), e.leftListsOn(),
                e.policyGroup(), e.closed(),
                e.classification() == null ? null : Listing.listedUntil(e.classification(), e.classificationSince(), e.leftListsOn())})
                .toList();
        jdbc.batchUpdate("INSERT INTO query_side.poverty_list (" + PovertyListEntry.COLUMNS + ", listed_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (household_id) DO UPDATE SET code = excluded.code, commune_code = excluded.commune_code, "
                + "head_name = excluded.head_name, classification = excluded.classification, "
                + "classification_since = excluded.classification_since, left_lists_on = excluded.left_lists_on, "
                + "listed_until = excluded.listed_until, policy_group = excluded.policy_group, closed = excluded.closed", args);
    }
}
