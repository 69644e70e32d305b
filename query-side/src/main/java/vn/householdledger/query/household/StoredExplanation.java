package vn.householdledger.query.household;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.householdledger.platform.i18n.ExplanationWords;
import vn.householdledger.standard.Explanation;

/**
 * An assessment's {@link Explanation} as the household view keeps it (JSON in {@code explanation}), and
 * in words of the reader's language when it is read.
 */
final class StoredExplanation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredExplanation() {
    }

    static String stored(Explanation explanation) {
        try {
            return JSON.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An explanation cannot be written as JSON", e);
        }
    }

    /** The stored explanation in the words of the request's language, or null when none is stored. */
    static String inWords(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return ExplanationWords.of(JSON.readValue(stored, Explanation.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored explanation is not an Explanation: " + stored, e);
        }
    }
}
