package vn.householdledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.bench.history.EventFile;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standard.PovertyDecision;
import vn.householdledger.standard.PovertyStandards;

/**
 * PostgreSQL's ceiling for the command side's writes: event-shaped rows (an assessment's payload and
 * metadata) inserted one per transaction by as many clients as the command phase has, each over its own
 * connection, into the scratch table shaped like the event store.
 */
final class RawInserts {

    private RawInserts() {
    }

    static ClosedLoop.Result run(String jdbcUrl, Options options) throws Exception {
        ObjectMapper mapper = EventFile.serviceMapper();
        UUID sample = UUID.randomUUID();
        List<String> deprivations = List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET");
        PovertyDecision decision = PovertyStandards.byCode("VN_2026_2030").orElseThrow()
                .classify(1_850_000, Set.copyOf(deprivations), Area.RURAL);
        byte[] payload = mapper.writeValueAsBytes(new HouseholdAssessed(sample, 2026, LocalDate.of(2026, 11, 2),
                "VN_2026_2030", "XA_001", Area.RURAL, 1_850_000, deprivations,
                List.of(PovertyCause.LACK_CAPITAL, PovertyCause.LACK_SKILLS), true,
                PolicyGroup.POVERTY_REDUCTION, decision.classification(), decision.basis(), decision.explanation(),
                Classification.NEAR_POOR, LocalDate.of(2026, 11, 2), null, sample, ReviewKind.PERIODIC, null, null));
        byte[] metaData = mapper.writeValueAsBytes(Map.of("recordedBy", "worker", "clientAddress", "127.0.0.1",
                "idempotencyKey", sample.toString()));
        List<Connection> connections = new ArrayList<>();
        try {
            ClosedLoop.Result result = ClosedLoop.run(options.clients(), options.warmupSeconds(), options.measureSeconds(), i -> {
                try {
                    Connection db = DriverManager.getConnection(jdbcUrl);
                    connections.add(db);
                    PreparedStatement insert = db.prepareStatement("INSERT INTO " + ProvinceLoad.SCRATCH_TABLE
                            + " (" + EventFile.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    return () -> {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, UUID.randomUUID().toString());
                        insert.setLong(3, 0);
                        insert.setString(4, "Household");
                        insert.setString(5, DateTimeUtils.formatInstant(Instant.now()));
                        insert.setString(6, HouseholdAssessed.class.getName());
                        insert.setString(7, null);
                        insert.setBytes(8, payload);
                        insert.setBytes(9, metaData);
                        insert.executeUpdate();
                        return "insert";
                    };
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return result;
        } finally {
            for (Connection db : connections) {
                db.close();
            }
        }
    }
}
