package vn.householdledger.standalone.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code LoanDisbursed} gained {@code maturesOn} (revision 2). A loan stored in the old shape — a row
 * written straight into the event store from the JSON fixture — is read with its maturity by the
 * history, the household view and the household aggregate alike; a new loan is stored with it.
 */
class LoanMaturityEvolutionApiTest extends ApiTest {

    private static final String FIXTURE = "/events/loan-disbursed-revision-null.json";

    @Test
    void aLoanStoredInTheOldShapeIsReadWithItsMaturityEverywhere() throws IOException {
        UUID household = registerHousehold(HA_LAN);
        UUID loan = UUID.randomUUID();
        storeOldShapeLoan(household, loan);

        JsonNode events = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");
        JsonNode stored = events.get(events.size() - 1);
        assertThat(stored.get("type").asText()).isEqualTo("LoanDisbursed");
        assertThat(stored.get("data").get("loanId").asText()).isEqualTo(loan.toString());
        assertThat(stored.get("data").get("maturesOn").asText()).isEqualTo("2019-02-28");

        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json().get("loans").get(0);
        assertThat(view.get("loanId").asText()).isEqualTo(loan.toString());
        assertThat(view.get("disbursedOn").asText()).isEqualTo("2016-02-29");
        assertThat(view.get("maturesOn").asText()).isEqualTo("2019-02-28");
        assertThat(view.get("outstanding").asLong()).isEqualTo(30_000_000);

        LedgerApi.Response repaid = api.as("worker").post("/api/households/" + household + "/loans/" + loan + "/repayments",
                Map.of("amount", 10_000_000, "paidOn", "2017-03-01"));
        assertThat(repaid.status()).as(repaid.toString()).isEqualTo(201);
        assertThat(repaid.json().get("outstanding").asLong()).isEqualTo(20_000_000);
    }

    @Test
    void aNewLoanIsStoredAsRevisionTwoWithItsMaturity() {
        UUID household = registerHousehold(HA_LAN);
        LedgerApi.Response lent = api.as("worker").post("/api/households/" + household + "/loans", Map.of(
                "programme", "POOR_HOUSEHOLD", "principal", 20_000_000, "annualInterestRatePercent", 6.6, "termMonths", 24,
                "disbursedOn", "2018-01-31", "lender", "Ngân hàng Chính sách xã hội", "purpose", "Trồng rau",
                "addresses", List.of("LACK_CAPITAL")));
        assertThat(lent.status()).as(lent.toString()).isEqualTo(201);

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT payload_revision, convert_from(payload, 'UTF8') AS payload FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type = ?""", household.toString(), LoanDisbursed.class.getName());
        assertThat(row.get("payload_revision")).isEqualTo("2");
        assertThat(json(row.get("payload").toString()).get("maturesOn").asText()).isEqualTo("2020-01-31");
        JsonNode view = api.as("worker").consistent().get("/api/households/" + household).json().get("loans").get(0);
        assertThat(view.get("maturesOn").asText()).isEqualTo("2020-01-31");
    }

    /** Appends the fixture, for this household and loan, as the household's next event, of revision null. */
    private void storeOldShapeLoan(UUID household, UUID loan) throws IOException {
        ObjectNode payload;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            payload = (ObjectNode) LedgerApi.JSON.readTree(in);
        }
        assertThat(payload.has("maturesOn")).isFalse();
        payload.put("householdId", household.toString()).put("loanId", loan.toString());
        appendStoredEvent(household, LoanDisbursed.class, payload);
        assertThat(LocalDate.parse(payload.get("disbursedOn").asText())).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    private static JsonNode json(String text) {
        try {
            return LedgerApi.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
