package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.standalone.pages.Browser;
import vn.householdledger.testing.LedgerApi;

/**
 * Exports cannot attack their reader (CWE-1236): heads of households named as a spreadsheet formula, or starting
 * with {@code +}, {@code @} or {@code -} (a tab or a carriage return never reaches a name: the service strips
 * names; {@code CellTextTest} covers them), and a commune named as a formula, come out of every CSV and workbook the service
 * writes (the posting list's, the report upward and its appendices, the pages' tables) as text after a single
 * quote, never as a formula.
 */
class HostileCellsExportTest extends ReviewApiTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+Nguyễn Văn Cộng", "@SUM(A1:A9)",
            "-2+3+cmd|' /C calc'!A0");

    private ReviewSteps steps;

    /** A review of the hostile households, posted, and each of them assessed poor. */
    @BeforeEach
    void hostileHouseholds() {
        steps = freshCommune();
        List<UUID> households = new ArrayList<>();
        for (String head : HOSTILE) {
            households.add(steps.household(uniqueCode("HX"), THON_DONG, head));
        }
        steps.posted(THON_DONG, households);
        for (UUID household : households) {
            ok(steps.worker().post("/api/households/" + household + "/assessments",
                    Bodies.assessment(2024, "2024-11-20", 550_000, List.of(), List.of("LACK_CAPITAL"), true)));
        }
        settle();
    }

    @Test
    void thePostingListsCsvAndWorkbookHoldTheNamesAsText() throws IOException {
        LedgerApi.Download csv = steps.worker().consistent().download(steps.path("/posting-list?format=csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertNeutralised(csvCells(csv.body()));

        LedgerApi.Download xlsx = steps.worker().consistent().download(steps.path("/posting-list?format=xlsx"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertNeutralised(workbookCells(xlsx.body()));
    }

    @Test
    void theReportUpwardAndItsAppendicesHoldAUnitNamedAsAFormulaAsText() throws IOException {
        String unit = uniqueCommuneCode();
        ensureCommune(unit, HOSTILE.get(0), "COMMUNE", "RURAL");
        assertThat(api.as("admin").put("/api/communes/" + unit + "/years/" + ReviewSteps.YEAR,
                Map.of("households", 100, "poorTargetEndOfYear", 5)).status()).isIn(200, 201);

        for (String path : List.of("/api/reports/review-results?format=xlsx&", "/api/reports/review-results/deprivations?",
                "/api/reports/review-results/causes?")) {
            LedgerApi.Download xlsx = api.as("committee").consistent().download(path + "year=" + ReviewSteps.YEAR + "&commune=" + unit);
            assertThat(xlsx.status()).as(path).isEqualTo(200);
            assertThat(workbookCells(xlsx.body())).as(path).contains("'" + HOSTILE.get(0)).doesNotContain(HOSTILE.get(0));
        }
    }

    /** The pages' tables: the poverty list of today and the households, as an auditor downloads them. */
    @Test
    void thePagesTablesHoldTheNamesAsText() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
        try (Browser browser = new Browser(port)) {
            browser.signIn("auditor");
            for (String table : List.of("/poverty-list?commune=" + steps.commune, "/households?commune=" + steps.commune)) {
                HttpResponse<byte[]> csv = browser.download(table + "&export=csv");
                assertThat(csv.statusCode()).as(table).isEqualTo(200);
                assertNeutralised(csvCells(csv.body()));

                HttpResponse<byte[]> xlsx = browser.download(table + "&export=xlsx");
                assertThat(xlsx.statusCode()).as(table).isEqualTo(200);
                assertNeutralised(workbookCells(xlsx.body()));
            }
        }
    }

    /** Each hostile name is there after a quote, and nowhere as it was typed. */
    private static void assertNeutralised(List<String> cells) {
        for (String hostile : HOSTILE) {
            assertThat(cells).contains("'" + hostile).doesNotContain(hostile);
        }
    }

    private static List<String> csvCells(byte[] body) throws IOException {
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            for (CSVRecord record : parser) {
                record.forEach(cells::add);
            }
        }
        return cells;
    }

    /** The text of every text cell of every sheet; a formula cell, which no export may hold, fails the test. */
    private static List<String> workbookCells(byte[] body) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("cell %s of %s", cell.getAddress(), sheet.getSheetName())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return cells;
    }
}
