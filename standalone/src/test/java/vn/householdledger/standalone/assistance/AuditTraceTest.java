package vn.householdledger.standalone.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.pages.Browser;

/**
 * A record of the assistance audit can be traced to its household: the API's items carry the household's
 * code and head, and so do the audit's page and its csv and xlsx files.
 */
class AuditTraceTest extends ApiTest {

    @Test
    void theAuditNamesEachRecordsHouseholdByCodeAndHead() throws Exception {
        String code = uniqueCode("AT");
        Map<String, Object> body = household(HA_LAN, code);
        UUID household = UUID.fromString(api.as("worker").post("/api/households", body).json().get("householdId").asText());
        String disbursed = AssistanceApiTest.DISBURSED_ON.toString();
        assertThat(api.as("worker").post(AssistanceApiTest.loans(household), AssistanceApiTest.loan(7_000_000)).status()).isEqualTo(201);

        JsonNode items = api.as("auditor").consistent().get("/api/audit/assistance?from=" + disbursed + "&to=" + disbursed
                + "&commune=" + HA_LAN + "&size=1000").json().get("items");
        assertThat(items).filteredOn(i -> i.get("householdId").asText().equals(household.toString()))
                .singleElement().satisfies(i -> {
                    assertThat(i.get("householdCode").asText()).isEqualTo(code);
                    assertThat(i.get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");
                });

        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
        try (Browser browser = new Browser(port)) {
            browser.signIn("auditor");
            String query = "/audit/assistance?from=" + disbursed + "&to=" + disbursed + "&commune=" + HA_LAN + "&size=100";
            browser.open(query);
            assertThat(browser.all("table[data-table=audit] tbody tr"))
                    .anySatisfy(row -> assertThat(row.getText()).contains(code).contains("Nguyễn Văn Hùng").contains("7.000.000 đ"));

            HttpResponse<byte[]> csv = browser.download(query + "&export=csv&table=audit");
            assertThat(csv.statusCode()).isEqualTo(200);
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text).contains("Mã hộ").contains("Chủ hộ");
            assertThat(text.lines()).anySatisfy(line -> assertThat(line).contains(code).contains("Nguyễn Văn Hùng"));

            HttpResponse<byte[]> xlsx = browser.download(query + "&export=xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                DataFormatter cells = new DataFormatter();
                boolean traced = false;
                for (Row row : book.getSheetAt(0)) {
                    String line = String.join("|", StreamSupport.stream(row.spliterator(), false)
                            .map(cells::formatCellValue).toList());
                    traced |= line.contains(code) && line.contains("Nguyễn Văn Hùng");
                }
                assertThat(traced).as("a row of the workbook names the household's code and head").isTrue();
            }
        }
    }
}
