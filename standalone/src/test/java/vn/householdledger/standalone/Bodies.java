package vn.householdledger.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.householdledger.testing.LedgerApi;

/** Request bodies for {@link LedgerApi.Request#send}: JSON of a value, or a string sent exactly as typed. */
public final class Bodies {

    private Bodies() {
    }

    /** The JSON of {@code body}; a string is sent as it is (malformed input), null as no body. */
    public static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return LedgerApi.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
