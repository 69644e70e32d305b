package vn.householdledger.standalone;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.householdledger.testing.LedgerApi;

/** Request bodies for {@link LedgerApi.Request#send}: JSON of a value, or a string sent exactly as typed. */
public final class Bodies {

    private Bodies() {
    }

    /** The body of {@code POST /api/households/{id}/assessments}. */
    public static Map<String, Object> assessment(int year, String on, long income, List<String> deprivations,
                                                 List<String> causes, boolean working) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("assessedOn", on);
        body.put("incomePerCapitaMonthly", income);
        body.put("deprivations", deprivations);
        body.put("causes", causes);
        body.put("hasWorkingMember", working);
        return body;
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
