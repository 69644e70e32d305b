package vn.householdledger.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.householdledger.testing.LedgerApi;

/**
 * The whole service on a random port over its own throw-away PostgreSQL, driven through HTTP like
 * any client. Test classes share one server and one database, so each test makes its own
 * households (unique codes) and counts events relative to what was there before it.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    /** Hà Lan (rural) and Bắc Sơn (urban) belong to {@code worker}; Quang Trung to {@code other}. */
    protected static final String HA_LAN = "HA_LAN";
    protected static final String BAC_SON = "BAC_SON";
    protected static final String QUANG_TRUNG = "QUANG_TRUNG";

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    @Qualifier("householdCache")
    private Cache householdCache;
    protected LedgerApi api;

    @BeforeEach
    void connect() {
        api = new LedgerApi("http://localhost:" + port);
        ensureCommune(HA_LAN, "Xã Hà Lan", "COMMUNE", "RURAL");
        ensureCommune(BAC_SON, "Phường Bắc Sơn", "WARD", "URBAN");
        ensureCommune(QUANG_TRUNG, "Xã Quang Trung", "COMMUNE", "RURAL");
    }

    protected void ensureCommune(String code, String name, String kind, String area) {
        int status = api.as("admin").post("/api/communes", Map.of("code", code, "name", name, "kind", kind, "area", area)).status();
        if (status != 201 && status != 409) {
            throw new AssertionError("Cannot register commune " + code + ": " + status);
        }
    }

    /** Every event in the store: a refused request must leave this unchanged. */
    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A commune code no other test uses, in the upper snake case that commune codes take. */
    protected static String uniqueCommuneCode() {
        return "C_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A 12-digit national id no other test uses. */
    public static String uniqueNationalId() {
        return String.format("%012d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L));
    }

    public static Map<String, Object> member(String name, String sex, String birthDate, String relation, String nationalId) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", name);
        member.put("sex", sex);
        member.put("birthDate", birthDate);
        member.put("relation", relation);
        if (nationalId != null) {
            member.put("nationalId", nationalId);
        }
        return member;
    }

    /** A registration body for a two-member household (head and spouse) of {@code commune}. */
    public static Map<String, Object> household(String commune, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("communeCode", commune);
        body.put("village", "Thôn Đông");
        body.put("address", "Số 12, thôn Đông");
        body.put("registeredOn", LocalDate.of(2016, 3, 1).toString());
        body.put("members", new ArrayList<>(List.of(
                member("Nguyễn Văn Hùng", "MALE", "1968-04-12", "HEAD", uniqueNationalId()),
                member("Trần Thị Mai", "FEMALE", "1971-09-30", "SPOUSE", uniqueNationalId()))));
        return body;
    }

    /**
     * Appends {@code payload}, in the shape an older release stored (revision null), as the household's
     * next event, with the metadata of its registration: how the tests of an event's evolution store
     * its old shape. Upcasters read it; nothing else changes it. The command side's copy of the household
     * is dropped, as a release that stored the old shape never had it.
     */
    protected void appendStoredEvent(UUID household, Class<?> payloadType, JsonNode payload) {
        long next = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, household.toString());
        Map<String, Object> registration = jdbc.queryForMap("""
                SELECT type, meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                household.toString());
        try {
            jdbc.update("""
                    INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                           time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""",
                    UUID.randomUUID().toString(), household.toString(), next, registration.get("type"), Instant.now().toString(),
                    payloadType.getName(), LedgerApi.JSON.writeValueAsBytes(payload), registration.get("meta_data"));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        householdCache.remove(household.toString());
    }

    /** Registers a household as {@code worker} and answers its id. */
    protected UUID registerHousehold(String commune) {
        LedgerApi.Response response = api.as("worker").post("/api/households", household(commune, uniqueCode("HH")));
        if (response.status() != 201) {
            throw new AssertionError("Registration failed: " + response);
        }
        return UUID.fromString(response.json().get("householdId").asText());
    }
}
