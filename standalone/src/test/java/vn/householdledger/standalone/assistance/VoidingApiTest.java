package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

class VoidingApiTest extends AssistanceApiTest {

    @Test
    void aVoidedLoanStaysInTheHistoryAndTheHouseholdMarked() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);

        LedgerApi.Response voided = worker().post(loans(household) + "/" + loanId + "/voiding", reason("Nhập nhầm hộ"));

        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.position()).isPositive();
        assertThat(voided.json().get("recordId").asText()).isEqualTo(loanId);
        assertThat(voided.json().get("kind").asText()).isEqualTo("LOAN");
        JsonNode loan = view(household).get("loans").get(0);
        assertThat(loan.get("voided").asBoolean()).isTrue();
        assertThat(loan.get("status").asText()).isEqualTo("VOIDED");
        assertThat(loan.get("voidReason").asText()).isEqualTo("Nhập nhầm hộ");
        assertThat(eventTypes(household)).containsExactly("HouseholdRegistered", "LoanDisbursed", "RecordVoided");
    }

    @Test
    void aRecordIsVoidedOnlyOnce() {
        UUID household = registerHousehold(HA_LAN);
        String assistanceId = worker().post(OtherAssistanceApiTest.assistanceOf(household),
                assistance("REWARD", 500_000L, LocalDate.of(2018, 5, 1))).json().get("assistanceId").asText();
        String path = OtherAssistanceApiTest.assistanceOf(household) + "/" + assistanceId + "/voiding";
        assertThat(worker().post(path, reason("Trùng")).status()).isEqualTo(200);
        long before = eventCount();

        assertRefused(worker().post(path, reason("Trùng lần nữa")), 409, "ALREADY_VOIDED", before);
        JsonNode listed = view(household).get("assistance").get(0);
        assertThat(listed.get("voided").asBoolean()).isTrue();
        assertThat(listed.get("voidReason").asText()).isEqualTo("Trùng");
    }

    @Test
    void anUnknownRecordIsNotFound() {
        UUID household = registerHousehold(HA_LAN);
        long before = eventCount();

        assertRefused(worker().post(HealthInsuranceApiTest.cards(household) + "/" + UUID.randomUUID() + "/voiding",
                reason("?")), 404, null, before);
    }

    @Test
    void aLoanWithRepaymentsThatCountIsNotVoided() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        assertThat(repay(household, loanId, 1_000_000).status()).isEqualTo(201);
        long before = eventCount();

        assertRefused(worker().post(loans(household) + "/" + loanId + "/voiding", reason("Sai")), 409,
                "LOAN_HAS_REPAYMENTS", before);
    }

    @Test
    void voidingTheLastRepaymentReopensTheLoanAndRestoresItsBalance() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        assertThat(repay(household, loanId, 4_000_000).status()).isEqualTo(201);
        String last = repay(household, loanId, 6_000_000).json().get("repaymentId").asText();

        LedgerApi.Response voided = worker().post(repayments(household, loanId) + "/" + last + "/voiding",
                reason("Tiền chưa nộp thực tế"));

        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().get("kind").asText()).isEqualTo("REPAYMENT");
        assertThat(voided.json().get("outstanding").asLong()).isEqualTo(6_000_000);
        JsonNode loan = view(household).get("loans").get(0);
        assertThat(loan.get("status").asText()).isEqualTo("OPEN");
        assertThat(loan.get("outstanding").asLong()).isEqualTo(6_000_000);
        assertThat(loan.get("settledOn").isNull()).isTrue();
        assertThat(loan.get("repayments")).hasSize(2);
        assertThat(loan.get("repayments").get(1).get("voided").asBoolean()).isTrue();
        assertThat(eventTypes(household)).endsWith("LoanSettled", "RecordVoided", "LoanReopened");
    }

    @Test
    void aRepaymentIsVoidedOnlyThroughItsOwnLoan() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        String otherLoan = disburse(household, 5_000_000);
        String repaymentId = repay(household, loanId, 1_000_000).json().get("repaymentId").asText();
        long before = eventCount();

        assertRefused(worker().post(repayments(household, otherLoan) + "/" + repaymentId + "/voiding", reason("Sai")),
                404, null, before);
    }

    @Test
    void aVoidingWithoutAReasonIsRefused() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        long before = eventCount();

        assertRefused(worker().post(loans(household) + "/" + loanId + "/voiding", reason(" ")), 400, "reason", before);
    }

    @Test
    void aWorkerOfAnotherCommuneMayNotVoid() {
        UUID household = registerHousehold(HA_LAN);
        String loanId = disburse(household, 10_000_000);
        long before = eventCount();

        assertRefused(api.as("other").post(loans(household) + "/" + loanId + "/voiding", reason("Sai")), 403, null, before);
    }
}
