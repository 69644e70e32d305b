package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

class HealthInsuranceApiTest extends AssistanceApiTest {

    static String cards(UUID householdId) {
        return "/api/households/" + householdId + "/health-insurance";
    }

    @Test
    void aMembersCardIsShownValidWhileTodayIsWithinItsPeriod() {
        UUID household = registerHousehold(HA_LAN);
        UUID head = memberOf(household, "HEAD");
        LedgerApi.Response expired = worker().post(cards(household),
                card(head, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
        LedgerApi.Response current = worker().post(cards(household), card(head, today().minusDays(30), today().plusDays(300)));

        assertThat(expired.status()).isEqualTo(201);
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("memberId").asText()).isEqualTo(head.toString());
        assertThat(current.json().get("householdId").asText()).isEqualTo(household.toString());
        JsonNode insurance = view(household).get("insurance");
        assertThat(insurance).hasSize(2);
        assertThat(insurance.get(0).get("cardId").asText()).isEqualTo(expired.json().get("cardId").asText());
        assertThat(insurance.get(0).get("valid").asBoolean()).isFalse();
        assertThat(insurance.get(1).get("cardId").asText()).isEqualTo(current.json().get("cardId").asText());
        assertThat(insurance.get(1).get("valid").asBoolean()).isTrue();
        assertThat(insurance.get(1).get("stateSubsidyPercent").asInt()).isEqualTo(100);
    }

    @Test
    void overlappingCardsOfOneMemberAreRefused() {
        UUID household = registerHousehold(HA_LAN);
        UUID head = memberOf(household, "HEAD");
        assertThat(worker().post(cards(household), card(head, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .status()).isEqualTo(201);
        long before = eventCount();

        assertRefused(worker().post(cards(household), card(head, LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31))),
                409, "INSURANCE_OVERLAP", before);
    }

    @Test
    void aVoidedCardNoLongerBlocksAnOverlappingOne() {
        UUID household = registerHousehold(HA_LAN);
        UUID head = memberOf(household, "HEAD");
        String wrong = worker().post(cards(household), card(head, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .json().get("cardId").asText();
        assertThat(worker().post(cards(household) + "/" + wrong + "/voiding", reason("Sai số thẻ")).status()).isEqualTo(200);

        assertThat(worker().post(cards(household), card(head, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
                .status()).isEqualTo(201);
        JsonNode insurance = view(household).get("insurance");
        assertThat(insurance).hasSize(2);
        assertThat(insurance.findValuesAsText("voidReason")).contains("Sai số thẻ");
    }

    @Test
    void aCardForSomeoneOutsideTheHouseholdIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(worker().post(cards(household), card(UUID.randomUUID(), LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31))), 400, "memberId", before);
    }

    @Test
    void aCardEndingBeforeItStartsIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(worker().post(cards(household), card(memberOf(household, "HEAD"), LocalDate.of(2018, 12, 31),
                LocalDate.of(2018, 1, 1))), 400, "validTo", before);
    }

    @Test
    void aSubsidyAboveAHundredPercentIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = card(memberOf(household, "HEAD"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        body.put("stateSubsidyPercent", 101);
        long before = eventCount();

        assertRefused(worker().post(cards(household), body), 400, "stateSubsidyPercent", before);
    }

    @Test
    void aCardWithoutANumberIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = card(memberOf(household, "HEAD"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        body.remove("cardNumber");
        long before = eventCount();

        assertRefused(worker().post(cards(household), body), 400, "cardNumber", before);
    }
}
