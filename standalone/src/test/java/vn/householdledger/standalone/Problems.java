package vn.householdledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.testing.LedgerApi;

/** What every refusal of the API looks like: an RFC 9457 problem with the status it answers. */
public final class Problems {

    private Problems() {
    }

    /** Asserts {@code response} is a problem+json answer of {@code status} and answers the problem. */
    public static JsonNode assertProblem(LedgerApi.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type of %s", response)
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    /** Asserts a 400 that names {@code field} among its {@code errors}. */
    public static JsonNode assertInvalid(LedgerApi.Response response, String field) {
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors")).as("errors of %s", response).isNotNull();
        assertThat(problem.get("errors").findValuesAsText("field")).as("fields of %s", response).contains(field);
        return problem;
    }

    /**
     * Asserts a refusal of {@code status}; {@code detail} is the field a 400 names or the code a 409
     * carries (null when the status says enough).
     */
    public static JsonNode assertRefused(LedgerApi.Response response, int status, String detail) {
        if (detail != null && status == 400) {
            return assertInvalid(response, detail);
        }
        if (detail != null && status == 409) {
            return assertRuleViolation(response, detail);
        }
        return assertProblem(response, status);
    }

    /** Asserts a 409 carrying the business rule's {@code code}, one of the contract's {@link RuleCode}s. */
    public static JsonNode assertRuleViolation(LedgerApi.Response response, String code) {
        JsonNode problem = assertProblem(response, 409);
        assertThat(RuleCode.valueOf(problem.get("code").asText())).isEqualTo(RuleCode.valueOf(code));
        return problem;
    }
}
