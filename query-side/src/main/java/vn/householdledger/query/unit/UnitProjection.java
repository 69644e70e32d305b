package vn.householdledger.query.unit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.events.commune.CommuneRegistered;
import vn.householdledger.events.commune.ProvinceRegistered;
import vn.householdledger.events.commune.UnitDissolved;
import vn.householdledger.events.commune.UnitMerged;
import vn.householdledger.events.commune.UnitReclassified;
import vn.householdledger.events.commune.UnitRenamed;
import vn.householdledger.events.commune.UnitSplit;
import vn.householdledger.query.projection.ReadModelWriter;

/**
 * Reads {@link ProvinceRegistered}, {@link CommuneRegistered} and the unit changes ({@link UnitMerged},
 * {@link UnitSplit}, {@link UnitRenamed}, {@link UnitReclassified}, {@link UnitDissolved}); owns
 * {@code unit_province}, {@code unit}, {@code unit_attribute}, {@code unit_end} and {@code unit_split};
 * serves {@code GET /api/units} and, through {@code query_side.unit_in_force}, the unit every read counts a
 * household in. Each row is keyed by what it records, so a replay writes the same rows.
 */
@Component
@ProcessingGroup(UnitProjection.NAME)
public class UnitProjection {

    public static final String NAME = "units";
    private static final Logger log = LoggerFactory.getLogger(UnitProjection.class);
    private static final String ATTRIBUTE = """
            INSERT INTO query_side.unit_attribute (code, effective_on, change, name, kind, area, province_code)
            VALUES (?, CAST(? AS DATE), ?, ?, ?, ?, ?)
            ON CONFLICT (code, effective_on, change) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                   area = excluded.area, province_code = excluded.province_code""";
    private static final String END = """
            INSERT INTO query_side.unit_end (code, effective_on, into_code, reference, recorded_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO NOTHING""";

    private final ReadModelWriter writer;

    public UnitProjection(ReadModelWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ProvinceRegistered event) {
        writer.write("""
                INSERT INTO query_side.unit_province (code, name, official_code) VALUES (?, ?, ?)
                ON CONFLICT (code) DO NOTHING""", event.code(), event.name(), event.officialCode());
    }

    /** A unit registered without {@code establishedOn} has existed before any date the ledger holds. */
    @EventHandler
    void on(CommuneRegistered event) {
        String established = event.establishedOn() == null ? "-infinity" : event.establishedOn().toString();
        writer.write("""
                INSERT INTO query_side.unit (code, established_on, official_code, district) VALUES (?, CAST(? AS DATE), ?, ?)
                ON CONFLICT (code) DO NOTHING""", event.code(), established, event.officialCode(), event.district());
        writer.write(ATTRIBUTE, event.code(), established,
                "REGISTERED", event.name(), event.kind().name(), event.area().name(), event.provinceCode());
    }

    @EventHandler
    void on(UnitRenamed event) {
        writer.write(ATTRIBUTE, event.code(), event.effectiveOn(), "RENAMED", event.name(), null, null, null);
    }

    @EventHandler
    void on(UnitReclassified event) {
        writer.write(ATTRIBUTE, event.code(), event.effectiveOn(), "RECLASSIFIED", null, event.kind().name(),
                event.area().name(), event.provinceCode());
    }

    @EventHandler
    void on(UnitMerged event, @Timestamp Instant recordedAt) {
        log.info("Unit {} merged into {} from {} ({}): its households count there from that day", event.code(), event.into(),
                event.effectiveOn(), event.reference());
        writer.write(END, event.code(), event.effectiveOn(), event.into(), event.reference(), OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
    }

    @EventHandler
    void on(UnitDissolved event, @Timestamp Instant recordedAt) {
        log.info("Unit {} dissolved from {} ({})", event.code(), event.effectiveOn(), event.reference());
        writer.write(END, event.code(), event.effectiveOn(), null, event.reference(), OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
    }

    @EventHandler
    void on(UnitSplit event, @Timestamp Instant recordedAt) {
        log.info("Villages {} of unit {} split into {} from {} ({})", event.villages(), event.code(), event.into(),
                event.effectiveOn(), event.reference());
        for (String village : event.villages()) {
            writer.write("""
                    INSERT INTO query_side.unit_split (code, village, effective_on, into_code, reference, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code, village, effective_on) DO NOTHING""",
                    event.code(), village, event.effectiveOn(), event.into(), event.reference(), OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
        }
    }

    @ResetHandler
    void reset() {
        writer.write("TRUNCATE query_side.unit_province, query_side.unit, query_side.unit_attribute, query_side.unit_end, "
                + "query_side.unit_split");
    }
}
