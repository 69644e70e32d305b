package vn.householdledger.platform.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import vn.householdledger.api.erasure.Personal;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.MemberJoined;

/**
 * Where the personal data of a household's events is, in their stored JSON, and how each value is
 * sealed: {@code enc1:} and the base64 of its AES-GCM IV, ciphertext and tag under the household's key.
 * A field is named by its path; {@code members[]} is each element of that array. A new event that
 * carries a name, a national id, a birth date or an address is listed here.
 */
public final class PersonalFields {

    static final String SEALED = "enc1:";

    private static final List<String> MEMBER = List.of("fullName", "nationalId", "birthDate");
    private static final Map<String, List<String>> BY_TYPE = Map.of(
            HouseholdRegistered.class.getName(), List.of("address", "members[].fullName", "members[].nationalId",
                    "members[].birthDate"),
            MemberJoined.class.getName(), MEMBER.stream().map(field -> "member." + field).toList(),
            HeadChanged.class.getName(), List.of("fullName"));

    /** The type of a household's snapshot: {@code Household}'s fields, its members by their ids. */
    public static final String HOUSEHOLD_SNAPSHOT = "vn.householdledger.command.household.Household";
    /** Where a snapshot holds personal data; {@code members{}} is each value of that object. */
    private static final Map<String, List<String>> IN_SNAPSHOTS = Map.of(
            HOUSEHOLD_SNAPSHOT, MEMBER.stream().map(field -> "members{}." + field).toList());

    /** The payload types that carry personal data. */
    public static final List<String> TYPES = List.copyOf(BY_TYPE.keySet());

    private PersonalFields() {
    }

    /** Whether events of this payload type carry personal data. */
    public static boolean carriedBy(String payloadType) {
        return BY_TYPE.containsKey(payloadType);
    }

    /** Whether snapshots of this type carry personal data. */
    public static boolean inSnapshotsOf(String type) {
        return IN_SNAPSHOTS.containsKey(type);
    }

    /** Seals every personal value of {@code event} that is still in clear; answers whether one was. */
    public static boolean seal(String payloadType, ObjectNode event, Supplier<SecretKey> householdKey) {
        byte[] household = HouseholdKeys.associated(householdOf(event));
        SecretKey[] key = {null};
        each(payloadType, event, (path, value) -> {
            if (!value.isTextual() || value.asText().startsWith(SEALED)) {
                return value;
            }
            // A snapshot of an erased household holds its values as erased: nothing to seal, and no key to make.
            if (IN_SNAPSHOTS.containsKey(payloadType) && Personal.erased(value.asText())) {
                return value;
            }
            // Asked for only when a value is in clear: an erased household's key must never be made again.
            if (key[0] == null) {
                key[0] = householdKey.get();
            }
            byte[] cipher = Aes.encrypt(key[0], value.asText().getBytes(StandardCharsets.UTF_8), household);
            return TextNode.valueOf(SEALED + Base64.getEncoder().encodeToString(cipher));
        });
        return key[0] != null;
    }

    /** Opens every sealed value of {@code event}; without a key (erased), a value reads {@link Personal#ERASED}, a date as absent. */
    public static void open(String payloadType, ObjectNode event, Optional<SecretKey> key) {
        byte[] household = HouseholdKeys.associated(householdOf(event));
        each(payloadType, event, (path, value) -> {
            if (!value.isTextual() || !value.asText().startsWith(SEALED)) {
                return value;
            }
            if (key.isEmpty()) {
                return path.endsWith("birthDate") ? NullNode.getInstance() : TextNode.valueOf(Personal.ERASED);
            }
            byte[] cipher = Base64.getDecoder().decode(value.asText().substring(SEALED.length()));
            return TextNode.valueOf(new String(Aes.decrypt(key.get(), cipher, household), StandardCharsets.UTF_8));
        });
    }

    /**
     * Erases, wherever they stand in {@code json} (a command kept for its idempotency key, say), the
     * values of the fields that carry personal data in the household's events, by their names.
     */
    public static void erase(JsonNode json) {
        if (json instanceof ObjectNode object) {
            for (String name : List.of("fullName", "nationalId", "address")) {
                if (object.path(name).isTextual()) {
                    object.put(name, Personal.ERASED);
                }
            }
            if (object.has("birthDate")) {
                object.putNull("birthDate");
            }
        }
        json.forEach(PersonalFields::erase);
    }

    static UUID householdOf(JsonNode event) {
        return UUID.fromString(event.get("householdId").asText());
    }

    private static void each(String payloadType, ObjectNode event, BiFunction<String, JsonNode, JsonNode> change) {
        BY_TYPE.getOrDefault(payloadType, IN_SNAPSHOTS.get(payloadType)).forEach(path -> at(event, path.split("\\."), 0, value -> change.apply(path, value)));
    }

    private static void at(JsonNode node, String[] path, int step, UnaryOperator<JsonNode> change) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        String name = path[step];
        if (name.endsWith("[]") || name.endsWith("{}")) {
            JsonNode elements = object.get(name.substring(0, name.length() - 2));
            if (elements != null) {
                elements.forEach(element -> at(element, path, step + 1, change));
            }
        } else if (step + 1 < path.length) {
            at(object.get(name), path, step + 1, change);
        } else if (object.has(name)) {
            object.set(name, change.apply(object.get(name)));
        }
    }
}
