package vn.householdledger.command.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.command.household.HouseholdFixtures.HOUSEHOLD;
import static vn.householdledger.command.household.HouseholdFixtures.registered;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.HouseholdErased;
import vn.householdledger.platform.erasure.PersonalFields;
import vn.householdledger.platform.eventstore.Snapshots;

/**
 * What the erasure's own command leaves in memory, and the cache keeps: a household whose members read as
 * erased, as they do when its events are read without its key, so that a snapshot of it holds none of them.
 */
class ErasedStateTest {

    @Test
    void anErasedHouseholdsStateAndItsSnapshotHoldNoPersonalValue() {
        Household household = new Household();
        household.on(registered());
        String before = snapshotOf(household);
        assertThat(before).as("what the state held").contains("Nguyễn Văn An", "038075000001", "1975-05-01");

        household.on(new HouseholdErased(HOUSEHOLD, "Yêu cầu", LocalDate.of(2019, 1, 2)));

        String after = snapshotOf(household);
        assertThat(after).doesNotContain("Nguyễn Văn An", "Lê Thị Bình", "038075000001", "038075000002", "1975-05-01")
                .contains(Personal.ERASED, "00000000-0000-0000-0000-00000000b001");
    }

    /** {@code PersonalFields} names the snapshot's type and its members' field by their names: they are these. */
    @Test
    void aHouseholdsSnapshotIsSealedWhereItsMembersAre() throws Exception {
        Household household = new Household();
        household.on(registered());
        ObjectNode snapshot = (ObjectNode) JsonMapper.builder().build().readTree(snapshotOf(household));

        assertThat(PersonalFields.HOUSEHOLD_SNAPSHOT).isEqualTo(Household.class.getName());
        assertThat(PersonalFields.seal(Household.class.getName(), snapshot, () -> new SecretKeySpec(new byte[32], "AES"))).isTrue();
        assertThat(snapshot.toString()).doesNotContain("Nguyễn Văn An", "Lê Thị Bình", "038075000001", "1975-05-01");
    }

    private static String snapshotOf(Household household) {
        byte[] json = Snapshots.serializer(JsonMapper.builder().findAndAddModules()
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build())
                .serialize(household, byte[].class).getData();
        return new String(json, StandardCharsets.UTF_8);
    }
}
