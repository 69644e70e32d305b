package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/reviews/{reviewId}/posting-list}: the list posted at the commune hall and the village
 * houses, with Vietnamese headers and a title naming the commune, the review and the posting dates; every
 * surveyed household with its code, head, village, status today and proposed class, by village. Read back
 * as a program would: the CSV parsed, the workbook opened with POI, the PDF's text extracted. Each test's
 * commune is its own, named with Vietnamese accents.
 */
class PostingListApiTest extends ReviewApiTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> HEADERS = List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Thôn", "Tình trạng hiện nay",
            "Đề xuất phân loại");

    private ReviewSteps steps;
    private String eastCode;
    private String northCode;

    /**
     * Two surveyed households in two villages (the eastern one poor since 2016), a third listed but not surveyed;
     * posted. A periodic review of 2017 is past its due day: the scheduler marks it overdue before a test reads it.
     */
    @BeforeEach
    void postedReview() {
        steps = freshCommune();
        eastCode = uniqueCode("E");
        northCode = uniqueCode("N");
        UUID east = steps.household(eastCode, "Thôn Đông", "Lê Thị Hồng Nhung");
        UUID north = steps.household(northCode, "Thôn Bắc", "Phạm Văn Đức");
        UUID unsurveyed = steps.household(uniqueCode("U"), "Thôn Đông", "Đặng Thị Ánh");
        ok(steps.worker().post("/api/households/" + east + "/assessments",
                Bodies.assessment(2016, "2016-11-20", 550_000, List.of(), List.of("LACK_CAPITAL"), true)));
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-05")));
        ok(steps.list(east, ListingReason.ON_LIST));
        ok(steps.list(north, ListingReason.APPLIED));
        ok(steps.list(unsurveyed, ListingReason.REPORTED));
        ok(steps.survey(east, day("2017-09-20"), 650_000));
        ok(steps.survey(north, day("2017-09-21"), 850_000));
        ok(steps.meet("Thôn Đông", day("2017-10-01"), List.of(east), List.of()));
        ok(steps.meet("Thôn Bắc", day("2017-10-02"), List.of(north), List.of()));
        ok(steps.post(day("2017-11-01")));
        steps.awaitOverdue();
    }

    @Test
    void theCsvIsTheTableWithVietnameseHeadersByVillage() throws IOException {
        LedgerApi.Download csv = download("csv");

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3),
                StandardCharsets.UTF_8); CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(HEADERS);
            records = parser.getRecords();
        }
        assertThat(records).extracting(CSVRecord::values).containsExactly(
                new String[] {"1", northCode, "Phạm Văn Đức", "Thôn Bắc", "Chưa xét", "Hộ cận nghèo"},
                new String[] {"2", eastCode, "Lê Thị Hồng Nhung", "Thôn Đông", "Hộ nghèo", "Hộ nghèo"});
    }

    @Test
    void theWorkbookHasTheTitleAndRealCellsForTheCommuneAndEachVillage() throws IOException {
        LedgerApi.Download xlsx = download("xlsx");

        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Cả xã", "Thôn Bắc", "Thôn Đông");
            Sheet commune = book.getSheetAt(0);
            assertThat(text(commune.getRow(0))).containsExactly("DANH SÁCH NIÊM YẾT CÔNG KHAI");
            assertThat(text(commune.getRow(1)).get(0)).contains("năm 2017 (định kỳ)").contains(steps.name);
            assertThat(text(commune.getRow(2)).get(0)).contains("VN_2016_2020").contains("danh sách năm 2018");
            assertThat(text(commune.getRow(3)).get(0)).isEqualTo("Niêm yết từ ngày 01/11/2017 đến hết ngày 06/11/2017");
            assertThat(text(commune.getRow(5))).containsExactlyElementsOf(HEADERS);
            Row first = commune.getRow(6);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(first)).containsExactly("1", northCode, "Phạm Văn Đức", "Thôn Bắc", "Chưa xét", "Hộ cận nghèo");
            assertThat(text(commune.getRow(7))).containsExactly("2", eastCode, "Lê Thị Hồng Nhung", "Thôn Đông", "Hộ nghèo", "Hộ nghèo");
            assertThat(commune.getRow(8)).isNull();
            Sheet east = book.getSheet("Thôn Đông");
            assertThat(text(east.getRow(4)).get(0)).isEqualTo("Thôn: Thôn Đông");
            assertThat(text(east.getRow(7))).containsExactly("1", eastCode, "Lê Thị Hồng Nhung", "Thôn Đông", "Hộ nghèo", "Hộ nghèo");
            assertThat(east.getRow(8)).isNull();
        }
    }

    @Test
    void thePdfHasAPagePerVillageWithTheTitleHeadersAndAccentedNames() {
        LedgerApi.Download pdf = download("pdf");

        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        List<String> pages = PdfText.pages(pdf.body());
        assertThat(pages).hasSize(2);
        for (String page : pages) {
            assertThat(page).contains("ỦY BAN NHÂN DÂN", steps.name.toUpperCase(VIETNAMESE), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "DANH SÁCH NIÊM YẾT CÔNG KHAI", "Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2017 (định kỳ)", steps.name,
                    "Niêm yết từ ngày 01/11/2017 đến hết ngày 06/11/2017", "Mã hộ", "Họ và tên chủ hộ", "Đề xuất phân loại");
        }
        assertThat(pages.get(0)).contains("Thôn: Thôn Bắc", "Phạm Văn Đức", northCode, "Hộ cận nghèo").doesNotContain(eastCode);
        assertThat(pages.get(1)).contains("Thôn: Thôn Đông", "Lê Thị Hồng Nhung", eastCode).doesNotContain(northCode)
                .doesNotContain("Đặng Thị Ánh");
    }

    @Test
    void aListNotYetPostedSaysSo() {
        ReviewSteps ward = ReviewSteps.inAFreshWard(api, port, jdbc);
        UUID household = ward.household(uniqueCode("D"), "Khu phố 5", "Ngô Thị Duyên");
        ok(ward.open(ReviewKind.AD_HOC, 2017, day("2017-06-15")));
        ok(ward.list(household, ListingReason.APPLIED));
        ok(ward.survey(household, day("2017-06-20"), 1_200_000));

        LedgerApi.Download pdf = ward.worker().consistent().download(ward.path("/posting-list"));

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).as("PDF unless asked otherwise").isEqualTo("application/pdf");
        assertThat(PdfText.pages(pdf.body()).get(0)).as("urban lines: 1,200,000 is near-poor in a ward")
                .contains("Dự thảo: chưa niêm yết", "(thường xuyên)", ward.name, "Ngô Thị Duyên", "Hộ cận nghèo");
    }

    @Test
    void theListIsRefusedOutsideTheCallersCommunesAndForAnUnknownFormatOrReview() {
        String path = steps.path("/posting-list");

        assertThat(steps.chair().consistent().download(path + "?format=pdf").status()).isEqualTo(200);
        assertThat(api.as("committee").consistent().download(path + "?format=xlsx").status()).isEqualTo(200);
        assertProblem(api.as("other").consistent().get(path + "?format=pdf"), 403);
        assertProblem(api.as("admin").consistent().get(path + "?format=pdf"), 403);
        assertInvalid(steps.worker().get(path + "?format=docx"), "format");
        assertProblem(steps.worker().consistent().get("/api/reviews/" + UUID.randomUUID() + "/posting-list?format=csv"), 404);
    }

    private LedgerApi.Download download(String format) {
        LedgerApi.Download download = steps.worker().consistent().download(steps.path("/posting-list?format=" + format));
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download;
    }

    /** Each cell of a row as a person sees it. */
    private static List<String> text(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }
}
