package vn.householdledger.standalone.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.ProvinceRegistered;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;

/**
 * Records provinces, units with their establishment and province, and changes of units, through the
 * real event store, as the command side's aggregates will: each one a domain event of the unit's (or
 * province's) stream, aggregate type {@code Commune} (or {@code Province}), the code as its identifier, at
 * the stream's next sequence number, with the metadata of a request by {@code admin}. Until
 * {@code POST /api/provinces}, {@code POST /api/communes} with its new fields and
 * {@code POST /api/units/changes} exist on this branch, each method stands for one such call.
 */
final class UnitChangesOnTheStore {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    UnitChangesOnTheStore(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Stands for {@code POST /api/provinces}. */
    void registerProvince(String code, String name, LocalDate registeredOn) {
        append("Province", code, new ProvinceRegistered(code, name, null, registeredOn));
    }

    /** Stands for {@code POST /api/communes} with {@code establishedOn}, {@code provinceCode} and {@code officialCode}. */
    void registerUnit(String code, String name, CommuneKind kind, Area area, LocalDate establishedOn, String provinceCode,
                      String officialCode) {
        append("Commune", code, new CommuneRegistered(code, name, kind, area, establishedOn, establishedOn, provinceCode,
                officialCode, null));
    }

    /** Stands for {@code POST /api/units/changes} of kind {@code MERGE}: each of {@code from} joins {@code into}. */
    void merge(List<String> from, String into, LocalDate effectiveOn, String reference) {
        UUID change = UUID.randomUUID();
        from.forEach(code -> append("Commune", code, new UnitMerged(code, change, into, effectiveOn, reference)));
    }

    /** Stands for {@code POST /api/units/changes} of kind {@code SPLIT}. */
    void split(String from, String into, List<String> villages, LocalDate effectiveOn, String reference) {
        append("Commune", from, new UnitSplit(from, UUID.randomUUID(), into, villages, effectiveOn, reference));
    }

    /** Stands for {@code POST /api/units/changes} of kind {@code RENAME}. */
    void rename(String code, String name, LocalDate effectiveOn, String reference) {
        append("Commune", code, new UnitRenamed(code, UUID.randomUUID(), name, effectiveOn, reference));
    }

    /** Stands for {@code POST /api/units/changes} of kind {@code RECLASSIFY}. */
    void reclassify(String code, CommuneKind kind, Area area, String provinceCode, LocalDate effectiveOn, String reference) {
        append("Commune", code, new UnitReclassified(code, UUID.randomUUID(), kind, area, provinceCode, effectiveOn, reference));
    }

    /** Stands for {@code POST /api/units/changes} of kind {@code DISSOLVE}. */
    void dissolve(String code, LocalDate effectiveOn, String reference) {
        append("Commune", code, new UnitDissolved(code, UUID.randomUUID(), effectiveOn, reference));
    }

    private void append(String type, String code, Object payload) {
        Long next = jdbc.queryForObject("""
                SELECT coalesce(max(sequence_number) + 1, 0) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?""",
                Long.class, code);
        events.publish(new GenericDomainEventMessage<>(type, code, next, payload,
                MetaData.with("recordedBy", "admin").and("requestId", UUID.randomUUID().toString())));
    }
}
