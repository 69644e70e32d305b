package vn.householdledger.standalone.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.report.ReviewResultRow;
import vn.householdledger.api.report.ReviewResults;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.Problems;
import vn.householdledger.standalone.Tokens;
import vn.householdledger.standalone.review.PdfText;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/reports/review-results} and its appendices against a history seeded over HTTP in two units of
 * the test's own (a rural commune, an urban ward): households whose heads differ in sex and ethnic group, each
 * assessed in up to four reviews (periodic 2021 and 2022, ad hoc 2022 and 2023), one assessment voided. The test
 * counts what the report of the lists of 2023 must say from its own model of that history (each household's
 * latest result for those lists, the moves each of their decisions made), and the JSON, the workbook read back
 * with POI and the PDF's text must say it.
 */
class ReviewResultsApiTest extends ApiTest {

    private static final int YEAR = 2023;
    /** The reviews of the history, in order: the year each was held, its kind, its decision day. */
    private static final List<Review> REVIEWS = List.of(new Review(2021, ReviewKind.PERIODIC, "2021-12-10"),
            new Review(2022, ReviewKind.AD_HOC, "2022-06-15"), new Review(2022, ReviewKind.PERIODIC, "2022-12-10"),
            new Review(2023, ReviewKind.AD_HOC, "2023-06-15"));
    private static final List<String> DEPRIVATIONS = List.of("EMPLOYMENT", "HEALTH_INSURANCE", "HOUSING_QUALITY",
            "SANITARY_TOILET", "TELECOM_USE");

    private record Review(int year, ReviewKind kind, String decidedOn) {
        int listsYear() {
            return kind.listsYear(year);
        }
    }

    private enum Class { POOR, NEAR_POOR, NOT_POOR }

    /** One assessment of the model: what was sent and the class it must decide. */
    private record Assessed(Review review, Class decided, boolean working, List<String> deprivations, List<String> causes) {
    }

    private record Household(String commune, boolean femaleHead, String ethnicity, List<Assessed> assessed) {
    }

    private String rural;
    private String urban;
    private String worker;

    @BeforeEach
    void units() {
        rural = uniqueCommuneCode();
        urban = uniqueCommuneCode();
        ensureCommune(rural, "Xã Báo Cáo " + rural, "COMMUNE", "RURAL");
        ensureCommune(urban, "Phường Báo Cáo " + urban, "WARD", "URBAN");
        assertThat(api.as("admin").put("/api/communes/" + rural + "/years/" + YEAR, Map.of("households", 400,
                "poorTargetEndOfYear", 5)).status()).isIn(200, 201);
        assertThat(api.as("admin").put("/api/communes/" + urban + "/years/" + YEAR, Map.of("households", 250,
                "poorTargetEndOfYear", 3)).status()).isIn(200, 201);
        worker = Tokens.of(port, "bao-cao-" + rural.toLowerCase(), List.of("WORKER"), List.of(rural, urban));
    }

    @Test
    void theReportSaysWhatTheSeededHistorySaysInJsonXlsxAndPdf() throws IOException {
        List<Household> households = seed(new Random(17), 24);
        Map<String, ReviewResultRow> expected = Map.of(rural, expected(households, rural, 400),
                urban, expected(households, urban, 250));

        ReviewResults report = results(api.as("committee").consistent().get("/api/reports/review-results?year=" + YEAR));
        assertThat(report.year()).isEqualTo(YEAR);
        for (String unit : List.of(rural, urban)) {
            assertThat(row(report, unit)).as(unit).usingRecursiveComparison().ignoringFields("name")
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(expected.get(unit));
        }
        assertThat(counts(report.urban().plus(report.rural()))).isEqualTo(counts(report.total()));

        ReviewResults ofWard = results(api.as("committee").get("/api/reports/review-results?year=" + YEAR + "&commune=" + urban));
        assertThat(ofWard.unit()).isEqualTo("Phường Báo Cáo " + urban);
        assertThat(counts(ofWard.urban())).isEqualTo(counts(expected.get(urban)));
        assertThat(ofWard.rural().poor()).isZero();

        LedgerApi.Download xlsx = api.as("committee").download("/api/reports/review-results?year=" + YEAR + "&format=xlsx");
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("KẾT QUẢ RÀ SOÁT");
            assertThat(text(sheet)).contains("Danh sách hộ nghèo, hộ cận nghèo năm 2023", "Ngày lập:", "NGƯỜI LẬP BIỂU",
                    "CHỦ TỊCH");
            for (String unit : List.of(rural, urban)) {
                Row line = lineNamed(sheet, row(report, unit).name());
                assertThat(numbers(line)).as(unit).isEqualTo(values(expected.get(unit)));
                assertThat(line.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            }
        }

        LedgerApi.Download pdf = api.as("committee").download("/api/reports/review-results?year=" + YEAR + "&format=pdf"
                + "&commune=" + rural);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        String pages = String.join(" ", PdfText.pages(pdf.body()));
        assertThat(pages).contains("Tỷ lệ hộ nghèo", "Xã Báo Cáo " + rural, "NGƯỜI LẬP BIỂU", "CHỦ TỊCH",
                "năm " + YEAR);
    }

    @Test
    void theAppendicesCountDeprivationsAndCausesAmongThePoorOfEachUnit() throws IOException {
        List<Household> households = seed(new Random(23), 16);
        Map<String, Long> lacking = new HashMap<>();
        Map<String, Long> mentions = new HashMap<>();
        long poor = 0;
        for (Household household : households) {
            Assessed latest = latest(household);
            if (household.commune().equals(rural) && latest != null && latest.decided() == Class.POOR) {
                poor++;
                latest.deprivations().forEach(d -> lacking.merge(d, 1L, Long::sum));
                latest.causes().forEach(c -> mentions.merge(c, 1L, Long::sum));
            }
        }
        try (XSSFWorkbook book = workbook("/api/reports/review-results/deprivations?year=" + YEAR + "&commune=" + rural)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet)).contains("PHỤ LỤC 4d", "Xã Báo Cáo " + rural, "Việc làm (số hộ, %)");
            List<Double> line = numbers(lineNamed(sheet, "Xã Báo Cáo " + rural));
            assertThat(line.get(0)).isEqualTo((double) poor);
            // the standard of the lists of 2023 names EMPLOYMENT first, HEALTH_INSURANCE fourth (VN_2021_2025)
            assertThat(line.get(1)).isEqualTo((double) lacking.getOrDefault("EMPLOYMENT", 0L));
            assertThat(line.get(7)).isEqualTo((double) lacking.getOrDefault("HEALTH_INSURANCE", 0L));
        }
        try (XSSFWorkbook book = workbook("/api/reports/review-results/causes?year=" + YEAR + "&commune=" + rural)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet)).contains("PHỤ LỤC 5a", "Thiếu vốn sản xuất (số lượt, %)");
            List<Double> line = numbers(lineNamed(sheet, "Xã Báo Cáo " + rural));
            long all = mentions.values().stream().mapToLong(Long::longValue).sum();
            assertThat(line.subList(0, 2)).containsExactly((double) poor, (double) all);
            int capital = 2 + 2 * PovertyCause.LACK_CAPITAL.ordinal();
            assertThat(line.get(capital)).isEqualTo((double) mentions.getOrDefault("LACK_CAPITAL", 0L));
        }
    }

    @Test
    void aBadYearAnUnknownUnitOrARoleNotAllowedIsRefusedAndWritesNothing() {
        long before = eventCount();
        Problems.assertInvalid(api.as("committee").get("/api/reports/review-results?year=1800"), "year");
        Problems.assertProblem(api.as("committee").get("/api/reports/review-results?year=abc"), 400);
        Problems.assertProblem(api.as("committee").get("/api/reports/review-results"), 400);
        Problems.assertInvalid(api.as("committee").get("/api/reports/review-results?year=2023&format=docx"), "format");
        Problems.assertInvalid(api.as("committee").get("/api/reports/review-results?year=2023&commune=NO_SUCH_UNIT"), "commune");
        Problems.assertInvalid(api.as("committee").get("/api/reports/review-results/causes?year=1800"), "year");
        String chair = Tokens.of(port, "chu-tich-" + rural.toLowerCase(), List.of("CHAIR"), List.of(rural));
        Problems.assertProblem(api.withToken(chair).consistent().get("/api/reports/review-results?year=2023&commune=" + rural), 403);
        Problems.assertProblem(api.as("admin").get("/api/reports/review-results?year=2023"), 403);
        Problems.assertProblem(api.as("worker").consistent().get("/api/reports/review-results?year=2023&commune=" + rural), 403);
        Problems.assertProblem(api.anonymous().get("/api/reports/review-results?year=2023"), 401);
        assertThat(eventCount()).isEqualTo(before);
    }

    /** Registers {@code count} households across the two units and sends each its assessments; answers the model. */
    private List<Household> seed(Random random, int count) {
        List<Household> households = new ArrayList<>();
        boolean voided = false;
        for (int h = 0; h < count; h++) {
            String commune = h % 3 == 0 ? urban : rural;
            boolean femaleHead = random.nextInt(3) == 0;
            String ethnicity = List.of("01", "01", "02", "10").get(random.nextInt(4));
            String headEthnicity = random.nextInt(6) == 0 ? null : ethnicity;
            UUID id = register(commune, femaleHead, headEthnicity);
            List<Assessed> assessed = new ArrayList<>();
            for (Review review : REVIEWS) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                Assessed one = assessment(random, review);
                String assessmentId = assess(id, one);
                if (!voided && review == REVIEWS.get(REVIEWS.size() - 1)) {
                    // the last review's decision voided: read as if it had not been made
                    assertThat(api.withToken(worker).post("/api/households/" + id + "/assessments/" + assessmentId + "/voiding",
                            Map.of("reason", "nhập nhầm hộ")).status()).isIn(200, 201);
                    voided = true;
                    continue;
                }
                assessed.add(one);
            }
            households.add(new Household(commune, femaleHead, headEthnicity, assessed));
        }
        return households;
    }

    private UUID register(String commune, boolean femaleHead, String headEthnicity) {
        Map<String, Object> body = household(commune, uniqueCode("BC"));
        Map<String, Object> head = member(femaleHead ? "Hà Thị Lan" : "Hà Văn Sơn", femaleHead ? "FEMALE" : "MALE", "1970-02-03",
                "HEAD", uniqueNationalId());
        if (headEthnicity != null) {
            head.put("ethnicity", headEthnicity);
        }
        Map<String, Object> other = member("Hà Văn Bình", "MALE", "2001-05-06", "CHILD", null);
        other.put("ethnicity", "01");
        body.put("members", List.of(head, other));
        LedgerApi.Response registered = api.withToken(worker).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("householdId").asText());
    }

    /** A class chosen at random and the findings that decide it under VN_2021_2025 in either area. */
    private static Assessed assessment(Random random, Review review) {
        Class decided = Class.values()[random.nextInt(3)];
        List<String> deprivations = new ArrayList<>(DEPRIVATIONS);
        Collections.shuffle(deprivations, random);
        deprivations = deprivations.subList(0, decided == Class.POOR ? 3 + random.nextInt(2) : random.nextInt(3));
        List<String> causes = decided == Class.NOT_POOR ? List.of()
                : List.of(PovertyCause.values()[random.nextInt(PovertyCause.values().length)].name());
        return new Assessed(review, decided, random.nextInt(4) > 0, List.copyOf(deprivations), causes);
    }

    private String assess(UUID household, Assessed one) {
        long income = one.decided() == Class.NOT_POOR ? 3_000_000 : 1_000_000;
        AssessmentRequest body = new AssessmentRequest(one.review().year(), LocalDate.parse(one.review().decidedOn()), null,
                income, one.deprivations(), one.causes().stream().map(PovertyCause::valueOf).toList(), one.working(),
                one.review().kind(), "QĐ-" + one.review().year());
        LedgerApi.Response answer = api.withToken(worker).post("/api/households/" + household + "/assessments", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("classification").asText()).isEqualTo(one.decided().name());
        return answer.json().get("assessmentId").asText();
    }

    /** The household's latest assessment for the lists of the report's year, or null. */
    private static Assessed latest(Household household) {
        Assessed latest = null;
        for (Assessed one : household.assessed()) {
            if (one.review().listsYear() == YEAR) {
                latest = one;
            }
        }
        return latest;
    }

    /** The row of {@code commune}, counted from the model alone. */
    private static ReviewResultRow expected(List<Household> households, String commune, long all) {
        long poor = 0, nearPoor = 0, social = 0, poorMinority = 0, nearMinority = 0, poorFemale = 0, nearFemale = 0;
        Map<String, Long> moves = new HashMap<>();
        for (Household household : households) {
            if (!household.commune().equals(commune)) {
                continue;
            }
            Class before = null;
            boolean escapedBefore = false;
            for (Assessed one : household.assessed()) {
                String move = null;
                if (one.decided() == Class.POOR && before != Class.POOR) {
                    move = escapedBefore ? "fellBack" : "newlyPoor";
                } else if (before == Class.POOR && one.decided() != Class.POOR) {
                    move = "escaped";
                    escapedBefore = true;
                } else if (before == Class.NEAR_POOR && one.decided() == Class.NOT_POOR) {
                    move = "escapedNearPoverty";
                }
                if (move != null && one.review().listsYear() == YEAR) {
                    moves.merge(move, 1L, Long::sum);
                }
                before = one.decided();
            }
            Assessed latest = latest(household);
            boolean minority = household.ethnicity() != null && !household.ethnicity().equals("01");
            if (latest != null && latest.decided() == Class.POOR) {
                poor++;
                social += latest.working() ? 0 : 1;
                poorMinority += minority ? 1 : 0;
                poorFemale += household.femaleHead() ? 1 : 0;
            } else if (latest != null && latest.decided() == Class.NEAR_POOR) {
                nearPoor++;
                nearMinority += minority ? 1 : 0;
                nearFemale += household.femaleHead() ? 1 : 0;
            }
        }
        return ReviewResultRow.of(commune, null, all, poor, nearPoor, moves.getOrDefault("newlyPoor", 0L),
                moves.getOrDefault("fellBack", 0L), moves.getOrDefault("escaped", 0L), moves.getOrDefault("escapedNearPoverty", 0L),
                social, poorMinority, nearMinority, poorFemale, nearFemale);
    }

    private static ReviewResults results(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try {
            return LedgerApi.JSON.readValue(response.body(), ReviewResults.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static ReviewResultRow row(ReviewResults report, String commune) {
        return report.rows().stream().filter(r -> r.communeCode().equals(commune)).findFirst()
                .orElseThrow(() -> new AssertionError("No row of " + commune));
    }

    /** A row's counts and rates, without its code and name. */
    private static List<Object> counts(ReviewResultRow row) {
        return new ArrayList<>(values(row));
    }

    /** A row's figures as the workbook's cells after the name hold them. */
    private static List<Double> values(ReviewResultRow row) {
        List<Double> values = new ArrayList<>();
        for (Number n : new Number[] {row.households(), row.poor(), row.poorRate(), row.nearPoor(), row.nearPoorRate(),
                row.newlyPoor(), row.fellBack(), row.escaped(), row.escapedNearPoverty(), row.poorSocialProtection(),
                row.poorEthnicMinority(), row.nearPoorEthnicMinority(), row.poorFemaleHeaded(), row.nearPoorFemaleHeaded()}) {
            values.add(n == null ? null : n.doubleValue());
        }
        return values;
    }

    private XSSFWorkbook workbook(String path) throws IOException {
        LedgerApi.Download download = api.as("committee").consistent().download(path);
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
    }

    /** The line whose second cell names the unit. */
    private static Row lineNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No line of " + name);
    }

    /** The numbers after the name; every one a numeric cell, none text. */
    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        for (int c = 2; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getCellType()).as("cell %d", c).isIn(CellType.NUMERIC, CellType.BLANK);
            numbers.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : null);
        }
        return numbers;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
