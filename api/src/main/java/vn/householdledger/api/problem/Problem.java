package vn.householdledger.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every refusal of the API, as {@code application/problem+json} (RFC 9457): a 409 names the rule it
 * broke in {@code code}, a 400 the fields it refuses in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, RuleCode code,
                      List<FieldProblem> errors) {
}
