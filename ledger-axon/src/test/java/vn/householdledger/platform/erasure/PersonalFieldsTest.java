package vn.householdledger.platform.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.HouseholdRegistered;

/** Sealing and opening the personal values of a stored registration, as the event serializer does. */
class PersonalFieldsTest {

    private static final String TYPE = HouseholdRegistered.class.getName();
    private static final SecretKey KEY = new SecretKeySpec(Aes.randomKey(), "AES");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSealedRegistrationHoldsNothingInClearAndOpensAsItWas() throws Exception {
        ObjectNode event = registration(UUID.randomUUID());
        String clear = event.toString();

        assertThat(PersonalFields.seal(TYPE, event, () -> KEY)).isTrue();

        assertThat(event.toString()).doesNotContain("Nguyễn Văn Hùng", "001068000123", "1968-04-12", "Số 12")
                .contains("HL-001", "memberId", "MALE");
        assertThat(event.path("address").asText()).startsWith(PersonalFields.SEALED);
        assertThat(PersonalFields.seal(TYPE, event, () -> {
            throw new AssertionError("a sealed event asks for no key: an erased household's must never be made again");
        })).as("sealed once").isFalse();
        PersonalFields.open(TYPE, event, Optional.of(KEY));
        assertThat(json.readTree(event.toString())).isEqualTo(json.readTree(clear));
    }

    @Test
    void twoSealsOfOneValueDifferByTheirRandomIv() {
        ObjectNode one = registration(UUID.randomUUID());
        ObjectNode two = one.deepCopy();
        PersonalFields.seal(TYPE, one, () -> KEY);
        PersonalFields.seal(TYPE, two, () -> KEY);
        assertThat(one.path("address")).isNotEqualTo(two.path("address"));
    }

    @Test
    void withoutItsKeyAValueReadsErasedAndABirthDateAbsent() {
        ObjectNode event = registration(UUID.randomUUID());
        PersonalFields.seal(TYPE, event, () -> KEY);

        PersonalFields.open(TYPE, event, Optional.empty());

        assertThat(event.path("address").asText()).isEqualTo(Personal.ERASED);
        assertThat(event.path("members").get(0).path("fullName").asText()).isEqualTo(Personal.ERASED);
        assertThat(event.path("members").get(0).path("nationalId").asText()).isEqualTo(Personal.ERASED);
        assertThat(event.path("members").get(0).path("birthDate").isNull()).isTrue();
        assertThat(event.path("code").asText()).isEqualTo("HL-001");
    }

    @Test
    void aValueMovedToAnotherHouseholdOrAlteredDoesNotOpen() {
        ObjectNode event = registration(UUID.randomUUID());
        PersonalFields.seal(TYPE, event, () -> KEY);
        ObjectNode other = registration(UUID.randomUUID());
        other.set("address", event.get("address"));
        assertThatThrownBy(() -> PersonalFields.open(TYPE, other, Optional.of(KEY))).isInstanceOf(IllegalStateException.class);

        String sealed = event.path("address").asText();
        event.set("address", TextNode.valueOf(sealed.substring(0, sealed.length() - 4) + "AAA="));
        assertThatThrownBy(() -> PersonalFields.open(TYPE, event, Optional.of(KEY))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHouseholdsSnapshotHoldsItsMembersSealedAndOpensAsItWas() throws Exception {
        String type = PersonalFields.HOUSEHOLD_SNAPSHOT;
        ObjectNode snapshot = (ObjectNode) json.readTree("""
                {"householdId":"%s","village":"Thôn 1","members":{"m1":{"memberId":"m1","fullName":"Nguyễn Văn Hùng",
                "birthDate":"1968-04-12","relation":"HEAD","nationalId":"001068000123"}},"closed":false}""".formatted(UUID.randomUUID()));
        String clear = snapshot.toString();

        assertThat(PersonalFields.seal(type, snapshot, () -> KEY)).isTrue();

        assertThat(snapshot.toString()).doesNotContain("Nguyễn Văn Hùng", "001068000123", "1968-04-12").contains("Thôn 1", "HEAD");
        ObjectNode erased = snapshot.deepCopy();
        PersonalFields.open(type, snapshot, Optional.of(KEY));
        assertThat(json.readTree(snapshot.toString())).isEqualTo(json.readTree(clear));
        PersonalFields.open(type, erased, Optional.empty());
        assertThat(erased.path("members").path("m1").path("fullName").asText()).isEqualTo(Personal.ERASED);
        assertThat(erased.path("members").path("m1").path("birthDate").isNull()).isTrue();
        assertThat(PersonalFields.seal(type, erased, () -> {
            throw new AssertionError("an erased household's snapshot asks for no key: it must never be made again");
        })).as("values read as erased stay as they are").isFalse();
    }

    private ObjectNode registration(UUID householdId) {
        ObjectNode event = json.createObjectNode().put("householdId", householdId.toString()).put("code", "HL-001")
                .put("communeCode", "HA_LAN").put("village", "Thôn Đông").put("address", "Số 12, thôn Đông");
        event.putArray("members").addObject().put("memberId", UUID.randomUUID().toString()).put("fullName", "Nguyễn Văn Hùng")
                .put("sex", "MALE").put("birthDate", "1968-04-12").put("relation", "HEAD").put("nationalId", "001068000123");
        return event;
    }
}
