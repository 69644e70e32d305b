package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

class LoanApiTest extends AssistanceApiTest {

    @Test
    void aLoanIsRepaidAndSettledAndTheHouseholdShowsItsBalance() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);

        LedgerApi.Response first = repay(household, loanId, 4_000_000);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.position()).isPositive();
        assertThat(first.json().get("householdId").asText()).isEqualTo(household.toString());
        assertThat(first.json().get("loanId").asText()).isEqualTo(loanId);
        assertThat(first.json().get("outstanding").asLong()).isEqualTo(6_000_000);

        JsonNode open = view(household).get("loans").get(0);
        assertThat(open.get("loanId").asText()).isEqualTo(loanId);
        assertThat(open.get("status").asText()).isEqualTo("OPEN");
        assertThat(open.get("principal").asLong()).isEqualTo(10_000_000);
        assertThat(open.get("annualInterestRatePercent").decimalValue()).isEqualByComparingTo("6.6");
        assertThat(open.get("outstanding").asLong()).isEqualTo(6_000_000);
        assertThat(open.get("addresses")).extracting(JsonNode::asText).containsExactly("LACK_CAPITAL", "HOUSING_QUALITY");
        assertThat(open.get("repayments")).hasSize(1);
        assertThat(open.get("repayments").get(0).get("repaymentId").asText())
                .isEqualTo(first.json().get("repaymentId").asText());
        assertThat(open.get("recordedBy").asText()).isEqualTo("worker");

        LedgerApi.Response last = repay(household, loanId, 6_000_000);
        assertThat(last.json().get("outstanding").asLong()).isZero();
        JsonNode settled = view(household).get("loans").get(0);
        assertThat(settled.get("status").asText()).isEqualTo("SETTLED");
        assertThat(settled.get("outstanding").asLong()).isZero();
        assertThat(settled.get("settledOn").asText()).isEqualTo(DISBURSED_ON.plusMonths(3).toString());
        assertThat(eventTypes(household)).containsExactly("HouseholdRegistered", "LoanDisbursed", "LoanRepaid",
                "LoanRepaid", "LoanSettled");
    }

    @Test
    void aClientMayNameItsLoanAndADecimalRate() {
        UUID household = registerHousehold(HA_LAN);
        UUID loanId = UUID.randomUUID();
        Map<String, Object> body = loan(5_000_000);
        body.put("loanId", loanId.toString());
        body.put("programme", "NEAR_POOR_HOUSEHOLD");
        body.put("annualInterestRatePercent", 7.92);

        LedgerApi.Response created = worker().post(loans(household), body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("loanId").asText()).isEqualTo(loanId.toString());
        assertThat(view(household).get("loans").get(0).get("annualInterestRatePercent").decimalValue())
                .isEqualByComparingTo("7.92");
    }

    @Test
    void aLoanIdIsNotUsedTwice() {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = loan(5_000_000);
        body.put("loanId", UUID.randomUUID().toString());
        assertThat(worker().post(loans(household), body).status()).isEqualTo(201);
        long before = eventCount();

        assertRefused(worker().post(loans(household), body), 400, "loanId", before);
    }

    @Test
    void aPrincipalOfNothingIsRefused() {
        assertLoanRefused("principal", 0L, "principal");
    }

    @Test
    void aRateAboveTwentyPercentIsRefused() {
        assertLoanRefused("annualInterestRatePercent", 20.5, "annualInterestRatePercent");
    }

    @Test
    void aTermBeyondTwoHundredFortyMonthsIsRefused() {
        assertLoanRefused("termMonths", 241, "termMonths");
    }

    @Test
    void aLoanDisbursedInTheFutureIsRefused() {
        assertLoanRefused("disbursedOn", today().plusDays(1).toString(), "disbursedOn");
    }

    @Test
    void aLoanAddressingAnUnknownCodeIsRefused() {
        assertLoanRefused("addresses", List.of("LACK_CAPITAL", "BAD_LUCK"), "addresses");
    }

    @Test
    void anUnknownProgrammeIsRefused() {
        assertLoanRefused("programme", "LOTTERY", "programme");
    }

    @Test
    void aLoanWithoutALenderIsRefused() {
        assertLoanRefused("lender", " ", "lender");
    }

    /** The refusal leaves the household (kept in memory between commands) as it was: the balance is still owed. */
    @Test
    void aRepaymentAboveTheOutstandingBalanceIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        assertThat(repay(household, loanId, 9_000_000).status()).isEqualTo(201);
        long before = eventCount();

        assertRefused(repay(household, loanId, 1_000_001), 409, "REPAYMENT_EXCEEDS_OUTSTANDING", before);
        LedgerApi.Response rest = repay(household, loanId, 1_000_000);
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.json().get("outstanding").asLong()).isZero();
    }

    @Test
    void aRepaymentBeforeTheDisbursementIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        long before = eventCount();

        assertRefused(worker().post(repayments(household, loanId), repayment(1_000, DISBURSED_ON.minusDays(1))),
                400, "paidOn", before);
    }

    @Test
    void aRepaymentInTheFutureIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        long before = eventCount();

        assertRefused(worker().post(repayments(household, loanId), repayment(1_000, today().plusDays(1))),
                400, "paidOn", before);
    }

    @Test
    void aRepaymentOfNothingIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        long before = eventCount();

        assertRefused(repay(household, loanId, 0), 400, "amount", before);
    }

    @Test
    void aRepaymentOfAnUnknownLoanIsNotFound() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(repay(household, UUID.randomUUID().toString(), 1_000), 404, null, before);
    }

    @Test
    void aLoanToAnUnknownHouseholdIsNotFound() {
        long before = eventCount();

        assertRefused(worker().post(loans(UUID.randomUUID()), loan(1_000_000)), 404, null, before);
    }

    @Test
    void aWorkerOfAnotherCommuneMayNotLend() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(api.as("other").post(loans(household), loan(1_000_000)), 403, null, before);
    }

    @Test
    void anAuditorMayNotLend() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(api.as("auditor").post(loans(household), loan(1_000_000)), 403, null, before);
    }

    @Test
    void aRetriedRepaymentAnswersTheFirstAnswerAndWritesNothing() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = repayment(2_000_000, DISBURSED_ON.plusMonths(1));
        LedgerApi.Response first = worker().idempotencyKey(key).post(repayments(household, loanId), body);
        assertThat(first.status()).isEqualTo(201);
        long before = eventCount();

        LedgerApi.Response again = worker().idempotencyKey(key).post(repayments(household, loanId), body);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.json().get("outstanding").asLong()).isEqualTo(8_000_000);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(view(household).get("loans").get(0).get("repayments")).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherRepaymentIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        String key = UUID.randomUUID().toString();
        assertThat(worker().idempotencyKey(key)
                .post(repayments(household, loanId), repayment(2_000_000, DISBURSED_ON.plusMonths(1))).status())
                .isEqualTo(201);
        long before = eventCount();

        assertRefused(worker().idempotencyKey(key)
                .post(repayments(household, loanId), repayment(3_000_000, DISBURSED_ON.plusMonths(1))), 422, null, before);
    }

    private void assertLoanRefused(String field, Object value, String expectedField) {
        UUID household = registerHousehold(HA_LAN);
        Map<String, Object> body = loan(1_000_000);
        body.put(field, value);
        long before = eventCount();

        assertRefused(worker().post(loans(household), body), 400, expectedField, before);
    }
}
