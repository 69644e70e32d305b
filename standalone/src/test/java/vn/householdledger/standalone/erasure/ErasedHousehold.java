package vn.householdledger.standalone.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * A household of Hà Lan whose head, spouse and address no other test uses, poor in 2017 and closed in
 * 2018: what an erasure must leave nowhere. Its name and national ids are what the tests look for.
 */
public record ErasedHousehold(UUID id, String code, String headName, String spouseName, String nationalId, String address) {

    public static final String LISTED_ON = "2017-12-31";

    public static ErasedHousehold registerAndClose(LedgerApi api) {
        return registerAndClose(api, 0);
    }

    /** The same, with {@code corrections} corrections of the head's attributes (one event each) before its closure. */
    public static ErasedHousehold registerAndClose(LedgerApi api, int corrections) {
        String suffix = letters();
        ErasedHousehold h = new ErasedHousehold(null, ApiTest.uniqueCode("XOA"), "Phùng Văn " + suffix,
                "Lò Thị " + suffix, ApiTest.uniqueNationalId(), "Số 9, ngõ " + suffix);
        Map<String, Object> body = new LinkedHashMap<>(ApiTest.household("HA_LAN", h.code()));
        body.put("address", h.address());
        body.put("members", new ArrayList<>(List.of(
                ApiTest.member(h.headName(), "MALE", "1961-02-03", "HEAD", h.nationalId()),
                ApiTest.member(h.spouseName(), "FEMALE", "1963-05-06", "SPOUSE", null))));
        LedgerApi.Response registered = api.as("worker").idempotencyKey(UUID.randomUUID().toString()).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().get("householdId").asText());
        String base = "/api/households/" + id;
        String head = registered.json().get("memberIds").get(0).asText();
        for (int i = 0; i < corrections; i++) {
            LedgerApi.Response corrected = api.as("worker").post(base + "/members/" + head + "/attributes",
                    Map.of("disability", i % 2 == 0 ? "YES" : "NO", "correctedOn", "2018-04-01"));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        }
        assertThat(api.as("worker").post(base + "/assessments", Bodies.assessment(2017, "2017-11-20", 500_000,
                List.of("HEALTH_INSURANCE"), List.of("LACK_CAPITAL"), true)).status()).isEqualTo(201);
        assertThat(api.as("worker").post(base + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2018-05-01")).status())
                .isEqualTo(200);
        return new ErasedHousehold(id, h.code(), h.headName(), h.spouseName(), h.nationalId(), h.address());
    }

    /** Every personal value of the household, as typed. */
    public List<String> personal() {
        return List.of(headName, spouseName, nationalId, address);
    }

    private static String letters() {
        StringBuilder name = new StringBuilder("X");
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
