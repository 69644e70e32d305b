package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Tokens;
import vn.householdledger.standalone.review.PdfText;
import vn.householdledger.testing.LedgerApi;

/**
 * The committee's report page in a real headless Chromium: the year and a unit (then every unit) chosen in its
 * filter, the table of the review results, and the report's files (xlsx, PDF, appendices 4d and 5a) downloaded through the page's
 * links as a person clicking them would; in English on request. Over a commune of the test's own with one poor,
 * female-headed household of the lists of 2023. Skipped only where Chromium is not installed.
 */
class ReviewResultsPageBrowserTest extends ApiTest {

    @Test
    void theCommitteeChoosesAUnitAndAYearSeesTheTableAndDownloadsTheReportsFiles() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
        String commune = uniqueCommuneCode();
        String name = "Xã Trang Báo Cáo " + commune;
        ensureCommune(commune, name, "COMMUNE", "RURAL");
        api.as("admin").put("/api/communes/" + commune + "/years/2023", Map.of("households", 200, "poorTargetEndOfYear", 1));
        poorFemaleHeadedHousehold(commune);
        api.as("committee").consistent().get("/api/reports/review-results?year=2023");

        try (Browser browser = new Browser(port)) {
            browser.signIn("committee");
            browser.open("/reports/review-results");
            browser.type("year", "2023");
            browser.choose("commune", HA_LAN);
            browser.navigate(By.cssSelector("form.filters button[type=submit]"));
            assertThat(browser.text("h1")).isEqualTo("Báo cáo kết quả rà soát hộ nghèo, hộ cận nghèo năm 2023");
            assertThat(browser.text("table")).contains("Xã Hà Lan").doesNotContain(name);
            assertThat(links(browser)).hasSize(4).allMatch(link -> link.contains("commune=" + HA_LAN));

            browser.choose("commune", "");
            browser.navigate(By.cssSelector("form.filters button[type=submit]"));
            assertThat(browser.text("table")).contains(name, "Hộ nghèo chủ hộ là nữ", "0,50");
            List<String> links = links(browser);
            HttpResponse<byte[]> xlsx = browser.download(path(links.get(0)));
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("ket-qua-ra-soat-2023.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row line = lineNamed(book, name);
                assertThat(line.getCell(3).getNumericCellValue()).as("poor").isEqualTo(1.0);
                assertThat(line.getCell(4).getNumericCellValue()).as("rate").isEqualTo(0.5);
                assertThat(line.getCell(14).getNumericCellValue()).as("poor, female-headed").isEqualTo(1.0);
            }
            HttpResponse<byte[]> pdf = browser.download(path(links.get(1)));
            assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(String.join(" ", PdfText.pages(pdf.body()))).contains("Tỷ lệ hộ nghèo", name);
            for (String appendix : List.of(links.get(2), links.get(3))) {
                HttpResponse<byte[]> file = browser.download(path(appendix));
                assertThat(file.statusCode()).as(appendix).isEqualTo(200);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
                    assertThat(lineNamed(book, name).getCell(2).getNumericCellValue()).as(appendix).isEqualTo(1.0);
                }
            }

            browser.open("/reports/review-results?year=2023&lang=en");
            assertThat(browser.text("h1")).isEqualTo("Results of the poor and near-poor review, lists of 2023");
            assertThat(browser.text("ul.actions")).contains("Appendix 4d: deprivations (Excel)");
        }
    }

    /** A household of {@code commune} headed by a woman, found poor by the periodic review of 2022 (the lists of 2023). */
    private void poorFemaleHeadedHousehold(String commune) {
        String worker = Tokens.of(port, "trang-" + commune.toLowerCase(), List.of("WORKER"), List.of(commune));
        Map<String, Object> body = household(commune, uniqueCode("TB"));
        body.put("members", List.of(member("Lò Thị Xuân", "FEMALE", "1972-03-04", "HEAD", uniqueNationalId())));
        LedgerApi.Response registered = api.withToken(worker).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().get("householdId").asText());
        AssessmentRequest assessment = new AssessmentRequest(2022, LocalDate.of(2022, 12, 10), null, 900_000L,
                List.of("EMPLOYMENT", "HEALTH_INSURANCE", "SANITARY_TOILET"), List.of(PovertyCause.LACK_CAPITAL), true,
                ReviewKind.PERIODIC, "12/QĐ-UBND");
        LedgerApi.Response assessed = api.withToken(worker).post("/api/households/" + id + "/assessments", assessment);
        assertThat(assessed.json().get("classification").asText()).as(assessed.toString()).isEqualTo("POOR");
    }

    /** The addresses of the report's files, as the page links them. */
    private static List<String> links(Browser browser) {
        return browser.all("ul.actions a.button").stream().map(a -> a.getAttribute("href")).toList();
    }

    private static String path(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }

    private static Row lineNamed(XSSFWorkbook book, String name) {
        for (Row row : book.getSheetAt(0)) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No line of " + name);
    }
}
