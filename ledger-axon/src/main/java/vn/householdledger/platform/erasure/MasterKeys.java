package vn.householdledger.platform.erasure;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys that wrap the household keys: the current one ({@code ledger.erasure.master-key},
 * named {@code ledger.erasure.master-key-id}) wraps every new key, and the retired ones
 * ({@code ledger.erasure.retired-master-keys.<id>}) still unwrap the keys wrapped under them until
 * {@link HouseholdKeys#rewrap()} has moved those under the current one.
 */
public final class MasterKeys {

    private final String currentId;
    private final Map<String, SecretKey> keys = new HashMap<>();

    public MasterKeys(String currentId, String current, Map<String, String> retired) {
        this.currentId = currentId;
        retired.forEach((id, key) -> keys.put(id, decode(id, key)));
        keys.put(currentId, decode(currentId, current));
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("Household keys are wrapped by master key '" + id
                    + "', which is not configured: add it to ledger.erasure.retired-master-keys");
        }
        return key;
    }

    private static SecretKey decode(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Master key '" + id + "' is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("Master key '" + id + "' must be 256 bits (32 bytes), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
