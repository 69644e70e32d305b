package vn.householdledger.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.testing.LedgerApi;

/** Request bodies for {@link LedgerApi.Request#send}: JSON of a value, or a string sent exactly as typed. */
public final class Bodies {

    private Bodies() {
    }

    /** The body of {@code POST /api/households/{id}/assessments}, on the contract's record. */
    public static AssessmentRequest assessment(int year, String on, long income, List<String> deprivations,
                                               List<String> causes, boolean working) {
        return new AssessmentRequest(year, LocalDate.parse(on), null, income, deprivations,
                causes.stream().map(PovertyCause::valueOf).toList(), working, null, null);
    }

    /** A body as a map of its fields, for a test that adds to it what no record of the contract holds. */
    public static Map<String, Object> fields(Object body) {
        return LedgerApi.JSON.convertValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
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
