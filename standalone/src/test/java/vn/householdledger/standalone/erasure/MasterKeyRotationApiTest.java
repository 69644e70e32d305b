package vn.householdledger.standalone.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.MasterKeys;
import vn.householdledger.standalone.ApiTest;

/**
 * A master key rotated as the README says: with the new key current and the old one retired, every
 * household key is re-wrapped under the new one, in place, and opens to the same key; without the
 * retired key, a key still wrapped under it cannot be opened. The test rotates back to the test
 * profile's key, so the service it shares goes on as before.
 */
class MasterKeyRotationApiTest extends ApiTest {

    /** The test profile's master key ({@code ledger.erasure.master-key}, id {@code test}). */
    private static final String CURRENT = "t2G2Gu9uQUgww4HTegwJo5d+soclruQICM73f9dnQCA=";
    private static final String NEW = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Autowired
    private HouseholdKeys keys;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void everyHouseholdKeyIsRewrappedUnderTheNewMasterKeyAndOpensTheSame() {
        ErasedHousehold h = ErasedHousehold.registerAndClose(api);
        SecretKey before = keys.find(h.id()).orElseThrow();
        HouseholdKeys rotated = new HouseholdKeys(jdbc, new MasterKeys("2", NEW, Map.of("test", CURRENT)), transactions);
        HouseholdKeys back = new HouseholdKeys(jdbc, new MasterKeys("test", CURRENT, Map.of("2", NEW)), transactions);
        try {
            assertThat(rotated.rewrap()).isPositive();

            assertThat(wrappedUnderAnotherThan("2")).isZero();
            assertThat(rotated.find(h.id()).orElseThrow().getEncoded()).isEqualTo(before.getEncoded());
            assertThat(rotated.rewrap()).as("nothing left to re-wrap").isZero();
            HouseholdKeys withoutTheRetiredKey = new HouseholdKeys(jdbc, new MasterKeys("test", CURRENT, Map.of()), transactions);
            assertThatThrownBy(() -> withoutTheRetiredKey.find(h.id())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("retired-master-keys");
        } finally {
            back.rewrap();
        }
        assertThat(wrappedUnderAnotherThan("test")).isZero();
        assertThat(back.find(h.id()).orElseThrow().getEncoded()).isEqualTo(before.getEncoded());
    }

    private long wrappedUnderAnotherThan(String masterKeyId) {
        return jdbc.queryForObject("SELECT count(*) FROM event_store.household_key WHERE master_key_id <> ?", Long.class,
                masterKeyId);
    }
}
