package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.testing.LedgerApi;

/** Only this class records help dated in 2011, so the audit of 2011 holds exactly what it recorded. */
class AssistanceAuditApiTest extends AssistanceApiTest {

    private static final String YEAR_2011 = "/api/audit/assistance?from=2011-01-01&to=2011-12-31";
    private static boolean recorded;
    private static UUID haLan;
    private static UUID bacSon;
    private static UUID quangTrung;
    private static String loanId;
    private static String repaymentId;

    @BeforeEach
    void recordTheYear() {
        if (recorded) {
            return;
        }
        haLan = registeredIn2010("worker", HA_LAN);
        bacSon = registeredIn2010("worker", BAC_SON);
        quangTrung = registeredIn2010("other", QUANG_TRUNG);

        Map<String, Object> loan = loan(10_000_000);
        loan.put("disbursedOn", "2011-02-01");
        loanId = worker().post(loans(haLan), loan).json().get("loanId").asText();
        repaymentId = worker().post(repayments(haLan, loanId), repayment(1_000_000, LocalDate.of(2011, 5, 1)))
                .json().get("repaymentId").asText();
        expectOk(worker().post(repayments(haLan, loanId) + "/" + repaymentId + "/voiding", reason("Ghi nhầm khoản")));
        expectCreated(worker().post(HealthInsuranceApiTest.cards(haLan),
                card(memberOf(haLan, "HEAD"), LocalDate.of(2011, 3, 1), LocalDate.of(2011, 12, 31))));
        String bacSonHelp = worker().post(OtherAssistanceApiTest.assistanceOf(bacSon),
                assistance("HOUSING", 2_000_000L, LocalDate.of(2011, 4, 1))).json().get("assistanceId").asText();
        expectOk(worker().post(OtherAssistanceApiTest.assistanceOf(bacSon) + "/" + bacSonHelp + "/voiding", reason("Trùng")));
        expectCreated(api.as("other").post(OtherAssistanceApiTest.assistanceOf(quangTrung),
                assistance("REWARD", 300_000L, LocalDate.of(2011, 6, 1))));
        expectCreated(worker().post(OtherAssistanceApiTest.assistanceOf(haLan),
                assistance("EDUCATION", 1_000_000L, LocalDate.of(2012, 1, 5))));
        recorded = true;
    }

    @Test
    void theAuditListsEveryRecordOfThePeriodByDateVoidedOnesMarked() {
        JsonNode audit = audit(YEAR_2011);

        assertThat(audit.get("total").asLong()).isEqualTo(5);
        assertThat(audit.get("page").asInt()).isZero();
        assertThat(audit.get("size").asInt()).isEqualTo(50);
        JsonNode items = audit.get("items");
        assertThat(items.findValuesAsText("kind"))
                .containsExactly("LOAN", "HEALTH_INSURANCE", "ASSISTANCE", "REPAYMENT", "ASSISTANCE");
        assertThat(items.findValuesAsText("date"))
                .containsExactly("2011-02-01", "2011-03-01", "2011-04-01", "2011-05-01", "2011-06-01");
        JsonNode loan = items.get(0);
        assertThat(loan.get("recordId").asText()).isEqualTo(loanId);
        assertThat(loan.get("householdId").asText()).isEqualTo(haLan.toString());
        assertThat(loan.get("communeCode").asText()).isEqualTo(HA_LAN);
        assertThat(loan.get("amount").asLong()).isEqualTo(10_000_000);
        assertThat(loan.get("category").asText()).isEqualTo("POOR_HOUSEHOLD");
        assertThat(loan.get("recordedBy").asText()).isEqualTo("worker");
        assertThat(loan.get("recordedAt").asText()).endsWith("Z");
        assertThat(loan.get("voided").asBoolean()).isFalse();
        assertThat(items.get(1).get("amount").isNull()).isTrue();
        JsonNode voidedHelp = items.get(2);
        assertThat(voidedHelp.get("communeCode").asText()).isEqualTo(BAC_SON);
        assertThat(voidedHelp.get("voided").asBoolean()).isTrue();
        assertThat(voidedHelp.get("voidReason").asText()).isEqualTo("Trùng");
        assertThat(voidedHelp.get("voidedBy").asText()).isEqualTo("worker");
        JsonNode repayment = items.get(3);
        assertThat(repayment.get("recordId").asText()).isEqualTo(repaymentId);
        assertThat(repayment.get("loanId").asText()).isEqualTo(loanId);
        assertThat(repayment.get("voided").asBoolean()).isTrue();
        assertThat(repayment.get("voidReason").asText()).isEqualTo("Ghi nhầm khoản");
        assertThat(items.get(4).get("recordedBy").asText()).isEqualTo("other");
        assertThat(items.get(4).get("communeCode").asText()).isEqualTo(QUANG_TRUNG);
    }

    @Test
    void theAuditFiltersByCommuneRecorderAndKind() {
        assertThat(audit(YEAR_2011 + "&commune=BAC_SON").get("items").findValuesAsText("householdId"))
                .containsExactly(bacSon.toString());
        assertThat(audit(YEAR_2011 + "&recordedBy=other").get("items").findValuesAsText("householdId"))
                .containsExactly(quangTrung.toString());
        JsonNode repayments = audit(YEAR_2011 + "&kind=REPAYMENT");
        assertThat(repayments.get("total").asLong()).isEqualTo(1);
        assertThat(repayments.get("items").get(0).get("recordId").asText()).isEqualTo(repaymentId);
        assertThat(audit("/api/audit/assistance?from=2011-01-01&to=2012-12-31&commune=HA_LAN&kind=ASSISTANCE")
                .get("items").findValuesAsText("date")).containsExactly("2012-01-05");
    }

    @Test
    void theAuditIsPaged() {
        JsonNode second = audit(YEAR_2011 + "&size=2&page=1");

        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("items").findValuesAsText("date")).containsExactly("2011-04-01", "2011-05-01");
    }

    @Test
    void badParametersAreRefused() {
        assertBadRequest("/api/audit/assistance?from=2011-13-01", "from");
        assertBadRequest("/api/audit/assistance?from=2011-12-31&to=2011-01-01", "to");
        assertBadRequest(YEAR_2011 + "&kind=GIFT", "kind");
        assertBadRequest(YEAR_2011 + "&size=1001", "size");
        assertBadRequest(YEAR_2011 + "&page=-1", "page");
    }

    @Test
    void onlyAuditorsReadTheAudit() {
        assertThat(api.as("worker").get(YEAR_2011).status()).isEqualTo(403);
        assertThat(api.as("committee").get(YEAR_2011).status()).isEqualTo(403);
    }

    private JsonNode audit(String path) {
        LedgerApi.Response response = api.as("auditor").consistent().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void assertBadRequest(String path, String field) {
        LedgerApi.Response response = api.as("auditor").get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }

    private static void expectOk(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void expectCreated(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** A household registered in 2010, so that help dated in 2011 is not dated before it (dates hold). */
    private UUID registeredIn2010(String account, String commune) {
        Map<String, Object> body = household(commune, uniqueCode("AU"));
        body.put("registeredOn", "2010-01-01");
        LedgerApi.Response registered = api.as(account).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("householdId").asText());
    }
}
