package vn.householdledger.standalone.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.Page;
import vn.householdledger.api.audit.AccessItem;
import vn.householdledger.api.audit.ReadKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/** Every read of a household's data is recorded, by whom, when, from where and what; auditors list it. */
class ReadAuditApiTest extends ApiTest {

    @Test
    void aReadOfACaseItsHistoryAndAListAppearInTheReadAudit() {
        UUID household = registerHousehold(HA_LAN);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // No proxy is trusted here: a forwarded address a client writes itself is not taken.
        assertThat(api.as("worker").consistent().header("X-Forwarded-For", "198.51.100.9")
                .get("/api/households/" + household).status()).isEqualTo(200);
        Instant answered = Instant.now();
        assertThat(api.as("auditor").get("/api/households/" + household + "/history").status()).isEqualTo(200);
        assertThat(api.as("worker").get("/api/poverty-list?commune=" + HA_LAN + "&status=POOR").status()).isEqualTo(200);

        List<AccessItem> reads = reads("householdId=" + household).items();
        assertThat(reads).extracting(AccessItem::what).containsExactly(ReadKind.HISTORY, ReadKind.CASE);
        AccessItem caseRead = reads.get(1);
        assertThat(caseRead.account()).isEqualTo("worker");
        assertThat(caseRead.householdId()).isEqualTo(household);
        assertThat(caseRead.clientAddress()).isEqualTo("127.0.0.1");
        // Recorded while the read was served: an order of instants, not a duration.
        assertThat(caseRead.at()).isBetween(before, answered).isBeforeOrEqualTo(reads.get(0).at());
        assertThat(reads.get(0).account()).isEqualTo("auditor");

        AccessItem listRead = reads("account=worker&size=1").items().get(0);
        assertThat(listRead.what()).isEqualTo(ReadKind.POVERTY_LIST);
        assertThat(listRead.householdId()).as("a list names no single household").isNull();
        assertThat(listRead.filter()).isEqualTo("/api/poverty-list?commune=" + HA_LAN + "&status=POOR");
    }

    @Test
    void aRefusedReadIsNotARead() {
        UUID household = registerHousehold(HA_LAN);
        long before = rows();
        assertRuleViolation(api.as("worker").consistent().get("/api/households/" + household + "/certificate"), "NOT_LISTED");
        assertProblem(api.as("other").get("/api/households/" + household), 403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void onlyAuditorsListTheReadsAndTheirListingIsNoReadOfAHousehold() {
        assertProblem(api.as("worker").get("/api/audit/access"), 403);
        assertProblem(api.as("admin").get("/api/audit/access"), 403);
        assertProblem(api.anonymous().get("/api/audit/access"), 401);
        long before = rows();
        reads("householdId=" + UUID.randomUUID());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theListIsFilteredByPeriodAndRefusesWhatCannotBeAFilter() {
        UUID household = registerHousehold(BAC_SON);
        assertThat(api.as("worker").consistent().get("/api/households/" + household).status()).isEqualTo(200);
        assertThat(reads("householdId=" + household + "&from=2018-01-01&to=2018-12-31").total()).isZero();
        assertThat(reads("householdId=" + household + "&from=2020-01-01").total()).isEqualTo(1);

        assertInvalid(api.as("auditor").get("/api/audit/access?from=2020-02-01&to=2020-01-31"), "to");
        assertInvalid(api.as("auditor").get("/api/audit/access?from=yesterday"), "from");
        assertInvalid(api.as("auditor").get("/api/audit/access?householdId=12"), "householdId");
        assertInvalid(api.as("auditor").get("/api/audit/access?size=0"), "size");
    }

    @Test
    void theReadAuditIsAppendOnlyAndAReadItCannotRecordFailsClosed() {
        UUID household = registerHousehold(HA_LAN);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM query_side.read_audit")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE query_side.read_audit SET account = 'nobody'"))
                .hasMessageContaining("append-only");
        String constraint = "refuse_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("ALTER TABLE query_side.read_audit ADD CONSTRAINT " + constraint
                + " CHECK (household_id IS DISTINCT FROM '" + household + "') NOT VALID");
        try {
            LedgerApi.Response read = api.as("worker").consistent().get("/api/households/" + household);
            assertProblem(read, 500);
            assertThat(read.body()).doesNotContain("Nguyễn Văn Hùng");
        } finally {
            jdbc.execute("ALTER TABLE query_side.read_audit DROP CONSTRAINT " + constraint);
        }
        assertThat(api.as("worker").get("/api/households/" + household).status()).isEqualTo(200);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT count(*) FROM query_side.read_audit", Long.class);
    }

    private Page<AccessItem> reads(String query) {
        LedgerApi.Response response = api.as("auditor").get("/api/audit/access?" + query);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        try {
            return LedgerApi.JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
