package vn.householdledger.standalone.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.command.erasure.PlaintextSealing;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.PersonalFields;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * An event stored before encryption, its names and national ids in clear, is sealed in place by the
 * one-time migration: the store no longer holds them in clear, and every read still shows them. The
 * test puts the stored bytes back as they were, so the household's hash chain verifies clean again.
 */
class PlaintextSealingApiTest extends ApiTest {

    @Autowired
    private PlaintextSealing sealing;
    @Autowired
    private HouseholdKeys keys;

    @Test
    void anEventStoredInClearIsSealedInPlaceAndReadsTheSame() throws Exception {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        byte[] sealed = registration(h);
        ObjectNode clear = (ObjectNode) LedgerApi.JSON.readTree(sealed);
        PersonalFields.open(HouseholdRegistered.class.getName(), clear, keys.find(h.id()));
        try {
            setRegistration(h, LedgerApi.JSON.writeValueAsBytes(clear));
            assertThat(new String(registration(h), "UTF-8")).as("as an older release stored it").contains(h.headName(), h.nationalId());

            assertThat(sealing.sealStoredPlaintext()).isGreaterThanOrEqualTo(1);

            assertThat(new String(registration(h), "UTF-8")).doesNotContain(h.personal().toArray(String[]::new))
                    .contains(h.code());
            assertThat(api.as("auditor").get("/api/households/" + h.id() + "/history").body())
                    .contains(h.headName(), h.nationalId(), h.address());
            assertThat(sealing.sealStoredPlaintext()).as("nothing left in clear").isZero();
        } finally {
            setRegistration(h, sealed);
        }
        LedgerApi.Response verified = api.as("admin").post("/api/admin/verify", Map.of());
        assertThat(verified.json().get("broken").findValuesAsText("householdId")).doesNotContain(h.id().toString());
    }

    @Test
    void sealingGivesAnErasedHouseholdNoKeyAgainSoItsHistoryStillReadsErased() {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        assertThat(api.as("admin").post("/api/admin/households/" + h.id() + "/erasure", Map.of("reason", "Yêu cầu của chủ hộ"))
                .status()).isEqualTo(200);

        sealing.sealStoredPlaintext();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.household_key WHERE household_id = ?", Long.class,
                h.id())).isZero();
        assertThat(api.as("auditor").get("/api/households/" + h.id() + "/history").body())
                .doesNotContain(h.headName(), h.nationalId()).contains(Personal.ERASED);
        assertThat(api.as("admin").post("/api/admin/lookups/rebuild", Map.of()).status()).isEqualTo(200);
    }

    private byte[] registration(ErasedHousehold h) {
        return jdbc.queryForObject("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 0", byte[].class, h.id().toString());
    }

    private void setRegistration(ErasedHousehold h, byte[] payload) {
        jdbc.update("UPDATE event_store.domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 0",
                payload, h.id().toString());
    }
}
