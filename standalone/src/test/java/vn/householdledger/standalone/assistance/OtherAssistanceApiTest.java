package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

class OtherAssistanceApiTest extends AssistanceApiTest {

    private static final LocalDate PROVIDED_ON = LocalDate.of(2018, 9, 2);

    static String assistanceOf(UUID householdId) {
        return "/api/households/" + householdId + "/assistance";
    }

    @Test
    void assistanceWithAndWithoutAnAmountIsListedOnTheHousehold() {
        UUID household = registerHousehold(HA_LAN);
        UUID chosen = UUID.randomUUID();
        Map<String, Object> training = assistance("VOCATIONAL_TRAINING", null, PROVIDED_ON.plusDays(1));
        training.put("assistanceId", chosen.toString());
        training.put("addresses", List.of("LACK_SKILLS", "EMPLOYMENT"));

        LedgerApi.Response toilet = worker().post(assistanceOf(household), assistance("SANITATION", 3_000_000L, PROVIDED_ON));
        LedgerApi.Response course = worker().post(assistanceOf(household), training);

        assertThat(toilet.status()).isEqualTo(201);
        assertThat(course.status()).isEqualTo(201);
        assertThat(course.json().get("assistanceId").asText()).isEqualTo(chosen.toString());
        JsonNode listed = view(household).get("assistance");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("assistanceId").asText()).isEqualTo(toilet.json().get("assistanceId").asText());
        assertThat(listed.get(0).get("amount").asLong()).isEqualTo(3_000_000);
        assertThat(listed.get(0).get("kind").asText()).isEqualTo("SANITATION");
        assertThat(listed.get(1).get("amount").isNull()).isTrue();
        assertThat(listed.get(1).get("addresses")).extracting(JsonNode::asText).containsExactly("LACK_SKILLS", "EMPLOYMENT");
        assertThat(listed.get(1).get("voided").asBoolean()).isFalse();
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertRefusedAssistance(assistance("REWARD", -1L, PROVIDED_ON), "amount");
    }

    @Test
    void assistanceProvidedInTheFutureIsRefused() {
        assertRefusedAssistance(assistance("REWARD", 0L, today().plusDays(1)), "providedOn");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertRefusedAssistance(assistance("LOTTERY_TICKET", 0L, PROVIDED_ON), "kind");
    }

    @Test
    void assistanceAddressingAnUnknownCodeIsRefused() {
        Map<String, Object> body = assistance("HOUSING", 0L, PROVIDED_ON);
        body.put("addresses", List.of("HOUSING_QUALITY", "NICE_VIEW"));
        assertRefusedAssistance(body, "addresses");
    }

    @Test
    void assistanceToAnotherCommunesHouseholdIsForbidden() {
        UUID household = registerHousehold(BAC_SON);
        long before = eventCount();

        assertRefused(api.as("other").post(assistanceOf(household), assistance("REWARD", 0L, PROVIDED_ON)), 403, null, before);
    }

    private void assertRefusedAssistance(Map<String, Object> body, String field) {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(worker().post(assistanceOf(household), body), 400, field, before);
    }
}
