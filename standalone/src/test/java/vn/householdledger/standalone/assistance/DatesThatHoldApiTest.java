package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.standalone.Problems;

/**
 * Dates that cannot be true are refused over HTTP as the aggregates refuse them, each with its code and
 * the field it is about, and nothing is written: help dated before the household's registration (2016-03-01
 * in these tests), a transfer before the last one, and a card number of no shape the agency issues.
 */
class DatesThatHoldApiTest extends AssistanceApiTest {

    @Test
    void aLoanDisbursedBeforeTheRegistrationIsRefusedNamingItsDate() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = loan(30_000_000);
        body.put("disbursedOn", "2010-05-01");
        long before = eventCount();

        JsonNode problem = Problems.assertRuleViolation(worker().post(loans(household), body),
                RuleCode.DATED_BEFORE_REGISTRATION.name());

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("disbursedOn");
        assertThat(problem.get("detail").asText()).isEqualTo("Ngày 01/05/2010 trước ngày hộ được đăng ký, 01/03/2016");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTransferBeforeTheLastOneIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String transfer = "/api/households/" + household + "/transfer";
        assertThat(worker().post(transfer, Map.of("toCommuneCode", BAC_SON, "date", "2017-05-01")).status()).isEqualTo(200);
        long before = eventCount();

        JsonNode problem = Problems.assertRuleViolation(worker().post(transfer, Map.of("toCommuneCode", HA_LAN, "date", "2017-04-30")),
                RuleCode.TRANSFER_OUT_OF_ORDER.name());

        assertThat(problem.get("detail").asText()).contains("01/05/2017");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aCardNumberOfNoShapeTheAgencyIssuesIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = card(memberOf(household, "HEAD"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
        body.put("cardNumber", "!!");
        long before = eventCount();

        Problems.assertInvalid(worker().post("/api/households/" + household + "/health-insurance", body), "cardNumber");

        assertThat(eventCount()).isEqualTo(before);
        body.put("cardNumber", "3801234567");
        assertThat(worker().post("/api/households/" + household + "/health-insurance", body).status()).isEqualTo(201);
    }

    @Test
    void aBirthBeforeAnyPossibleLifeIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> member = member("Nguyễn Văn Cụ", "MALE", "1800-01-01", "PARENT", null);
        member.put("joinedOn", "2018-01-01");
        long before = eventCount();

        Problems.assertInvalid(worker().post("/api/households/" + household + "/members", member), "birthDate");

        assertThat(eventCount()).isEqualTo(before);
    }
}
