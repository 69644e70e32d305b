package vn.householdledger.standalone.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Problems;

/**
 * What a person reads in a refusal is Vietnamese unless she asks for English ({@code Accept-Language}):
 * validation messages, rule messages and titles; the codes, types and field names stay as they are.
 */
class LanguageApiTest extends ApiTest {

    private static final String ENGLISH = "en-US,en;q=0.9";

    @Test
    void aYearThatIsNotANumberIsAClearRefusalNamingTheParameter() {
        JsonNode vietnamese = Problems.assertInvalid(api.as("committee").get("/api/statistics/communes?year=abc"), "year");
        assertThat(vietnamese.get("errors").get(0).get("message").asText()).isEqualTo("phải là một số nguyên, không phải “abc”");
        assertThat(vietnamese.get("title").asText()).isEqualTo("Dữ liệu không hợp lệ");

        JsonNode english = Problems.assertInvalid(api.as("committee").header("Accept-Language", ENGLISH)
                .get("/api/statistics/communes?year=abc"), "year");
        assertThat(english.get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number, not “abc”");
        assertThat(english.get("type").asText()).isEqualTo(vietnamese.get("type").asText());
    }

    @Test
    void aMissingFieldIsSaidInTheReadersLanguage() {
        Map<String, Object> body = household(HA_LAN, uniqueCode("LANG"));
        body.remove("village");
        long before = eventCount();

        JsonNode vietnamese = Problems.assertInvalid(api.as("worker").post("/api/households", body), "village");
        JsonNode english = Problems.assertInvalid(api.as("worker").header("Accept-Language", ENGLISH).post("/api/households", body),
                "village");

        assertThat(messageOf(vietnamese, "village")).isEqualTo("chưa nhập");
        assertThat(messageOf(english, "village")).isEqualTo("must not be blank");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRuleKeepsItsCodeAndSaysWhyInTheReadersLanguage() {
        String code = uniqueCode("LANG");
        assertThat(api.as("worker").post("/api/households", household(HA_LAN, code)).status()).isEqualTo(201);
        long before = eventCount();

        JsonNode vietnamese = Problems.assertRuleViolation(api.as("worker").post("/api/households", household(HA_LAN, code)),
                RuleCode.DUPLICATE_CODE.name());
        JsonNode english = Problems.assertRuleViolation(api.as("worker").header("Accept-Language", ENGLISH)
                .post("/api/households", household(HA_LAN, code)), RuleCode.DUPLICATE_CODE.name());

        assertThat(vietnamese.get("detail").asText()).isEqualTo("Mã hộ " + code + " đã được dùng");
        assertThat(english.get("detail").asText()).contains(code).doesNotContain("Mã hộ");
        assertThat(List.of(vietnamese.get("title").asText(), english.get("title").asText()))
                .containsExactly("Quy định nghiệp vụ không cho phép", "A business rule refuses this");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("No error names " + field + ": " + problem);
    }
}
