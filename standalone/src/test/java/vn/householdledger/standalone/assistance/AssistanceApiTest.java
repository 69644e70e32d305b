package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** What the assistance API tests share: request bodies, the paths, and the household as a worker reads it. */
abstract class AssistanceApiTest extends ApiTest {

    static final LocalDate DISBURSED_ON = LocalDate.of(2018, 3, 15);

    static LocalDate today() {
        return LocalDate.now(BusinessCalendar.VIETNAM);
    }

    static Map<String, Object> loan(long principal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", "POOR_HOUSEHOLD");
        body.put("principal", principal);
        body.put("annualInterestRatePercent", 6.6);
        body.put("termMonths", 36);
        body.put("disbursedOn", DISBURSED_ON.toString());
        body.put("lender", "Ngân hàng Chính sách xã hội");
        body.put("purpose", "Nuôi bò sinh sản");
        body.put("addresses", List.of("LACK_CAPITAL", "HOUSING_QUALITY"));
        return body;
    }

    static Map<String, Object> repayment(long amount, LocalDate paidOn) {
        return Map.of("amount", amount, "paidOn", paidOn.toString());
    }

    static Map<String, Object> card(UUID memberId, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("memberId", memberId.toString());
        body.put("cardNumber", "HN4380123456789");
        body.put("validFrom", from.toString());
        body.put("validTo", to.toString());
        body.put("stateSubsidyPercent", 100);
        body.put("fundingSource", "Ngân sách nhà nước");
        return body;
    }

    static Map<String, Object> assistance(String kind, Long amount, LocalDate providedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("description", "Hỗ trợ xây nhà tiêu hợp vệ sinh");
        if (amount != null) {
            body.put("amount", amount);
        }
        body.put("providedOn", providedOn.toString());
        body.put("fundingSource", "Chương trình 135");
        body.put("addresses", List.of("SANITARY_TOILET"));
        return body;
    }

    static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }

    static String loans(UUID householdId) {
        return "/api/households/" + householdId + "/loans";
    }

    static String repayments(UUID householdId, String loanId) {
        return loans(householdId) + "/" + loanId + "/repayments";
    }

    LedgerApi.Request worker() {
        return api.as("worker");
    }

    /** Lends {@code principal} to the household and answers the loan's id. */
    String disburse(UUID householdId, long principal) {
        LedgerApi.Response created = worker().post(loans(householdId), loan(principal));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("loanId").asText();
    }

    LedgerApi.Response repay(UUID householdId, String loanId, long amount) {
        return worker().post(repayments(householdId, loanId), repayment(amount, DISBURSED_ON.plusMonths(3)));
    }

    /** The id of the household's first present member of {@code relation}. */
    UUID memberOf(UUID householdId, String relation) {
        for (JsonNode member : view(householdId).get("members")) {
            if (member.get("relation").asText().equals(relation)) {
                return UUID.fromString(member.get("memberId").asText());
            }
        }
        throw new AssertionError("No " + relation + " in household " + householdId);
    }

    /** The household as a worker reads it once every committed event is reflected. */
    JsonNode view(UUID householdId) {
        LedgerApi.Response view = worker().consistent().get("/api/households/" + householdId);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json();
    }

    /** The types of the household's events, oldest first. */
    List<String> eventTypes(UUID householdId) {
        JsonNode events = api.as("auditor").get("/api/households/" + householdId + "/history").json().get("events");
        return StreamSupport.stream(events.spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    /** A refusal: its status, problem+json, its code or field, and not one event written. */
    void assertRefused(LedgerApi.Response response, int status, String codeOrField, long eventsBefore) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        if (status == 409) {
            assertThat(response.json().get("code").asText()).isEqualTo(codeOrField);
        } else if (status == 400) {
            assertThat(response.json().get("errors").findValuesAsText("field")).contains(codeOrField);
        }
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }
}
