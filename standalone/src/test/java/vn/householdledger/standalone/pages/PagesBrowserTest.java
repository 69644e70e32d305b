package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.web.Formats;
import vn.householdledger.web.ledger.LedgerClients;

/**
 * The pages in a real headless Chromium against the whole service: a worker records a household's
 * registration, assessment (previewed first) and loan and finds them on its page, and voids a mistaken
 * assessment; a worker runs a review to its posting and the chair decides it; a refusal shows next to
 * its field; the committee sees the commune table and its chart and downloads it as .xlsx;
 * a person signs in at the authorization server, stays signed in when the access token expires (it
 * is refreshed) and signs out of the pages and the authorization server at once.
 * Skipped only where Chromium is not installed (CI installs it).
 */
class PagesBrowserTest extends BrowserTest {

    /** The commune of the review test (an ad hoc review) and of the screenshots' (a periodic one), reviewed by no other test. */
    static final String TAN_LAP = "TAN_LAP";
    static final String TAN_LAP_WORKER = "tanlap";
    static final String TAN_LAP_CHAIR = "chu-tich-tanlap";
    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;
    private final LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);

    @Test
    void aWorkerRegistersAssessesAndLendsAndSeesItAllOnTheHouseholdPage() {
        browser.signIn("worker");
        assertThat(browser.text("h1")).isEqualTo("Hộ gia đình");

        String code = uniqueCode("WEB");
        browser.open("/households/new");
        browser.fillRegistration(code, HA_LAN, uniqueNationalId());
        browser.press(null, null);
        assertThat(browser.text("h1")).contains("Hộ " + code).contains("Chưa đánh giá");
        assertThat(browser.text(".notice")).contains(code);
        String householdPath = browser.driver.getCurrentUrl().replaceFirst("^http://[^/]+", "");

        browser.follow("/assessments/new");
        browser.type("year", Integer.toString(today.getYear()));
        browser.type("assessedOn", today.format(Formats.DATE));
        browser.type("incomePerCapitaMonthly", "650.000");
        browser.check("deprivations", "HEALTH_INSURANCE");
        browser.check("deprivations", "HOUSING_QUALITY");
        browser.check("deprivations", "SANITARY_TOILET");
        browser.check("causes", "LACK_CAPITAL");
        browser.check("hasWorkingMember", "true");
        long before = eventCount();
        browser.press("action", "preview");
        assertThat(browser.text(".preview .status")).isEqualTo("Hộ nghèo");
        assertThat(browser.text(".preview .explanation")).contains("650.000 đ").contains("hộ nghèo");
        assertThat(eventCount()).as("a preview saves nothing").isEqualTo(before);
        browser.press("action", "save");
        assertThat(browser.driver.getCurrentUrl()).endsWith(householdPath);
        assertThat(browser.text("h1 .status")).isEqualTo("Hộ nghèo");
        assertThat(browser.text(".assessment")).contains("650.000 đ").contains("Bảo hiểm y tế").contains("Thiếu vốn sản xuất");

        browser.follow("/loans/new");
        browser.fillLoan("30.000.000", "6,6", "36", "Nuôi bò sinh sản");
        browser.check("addresses", "LACK_CAPITAL");
        browser.press(null, null);
        assertThat(browser.text("table[data-table=loans]")).contains("Cho vay hộ nghèo").contains("30.000.000 đ")
                .contains("6,6 %").contains("Đang vay");
        assertThat(browser.text("table[data-table=timeline]")).contains("Đăng ký hộ").contains("Đánh giá")
                .contains("Giải ngân khoản vay").contains("worker");

        browser.open(householdPath + "/history");
        WebElement loanData = browser.driver.findElements(By.cssSelector("table[data-table=timeline] tr")).stream()
                .filter(row -> row.getText().contains("Giải ngân khoản vay")).findFirst().orElseThrow()
                .findElement(By.cssSelector("details.data"));
        assertThat(loanData.findElement(By.tagName("pre")).isDisplayed()).as("the data folded until asked for").isFalse();
        loanData.findElement(By.tagName("summary")).click();
        assertThat(loanData.findElement(By.tagName("pre")).getText()).contains("\"principal\" : 30000000");

        JsonNode history = api.as("auditor").consistent().get("/api/households" + householdPath.substring("/households".length())
                + "/history").json();
        assertThat(history.get("events")).allSatisfy(e -> assertThat(e.get("recordedBy").asText()).isEqualTo("worker"));
    }

    /**
     * One ad hoc review of Tân Lập (a commune no other test reviews), dated three weeks back so that its
     * posting is over: the worker opens it, lists a household by its code, surveys it with the preview,
     * records its village's meeting and posts the results; the chair, who sees none of these forms, is
     * refused a decision before the posting ends and then decides; the household is poor from then on,
     * with its certificate.
     */
    @Test
    void aWorkerRunsAReviewToItsPostingAndTheChairDecidesIt() throws Exception {
        ensureCommune(TAN_LAP, "Xã Tân Lập", "COMMUNE", "RURAL");
        LocalDate opened = today.minusDays(20);
        String year = Integer.toString(opened.getYear());
        String code = uniqueCode("TL");
        Map<String, Object> body = household(TAN_LAP, code);
        body.put("village", "Thôn Tân Tiến");
        String household = api.as(TAN_LAP_WORKER).post("/api/households", body).json().get("householdId").asText();

        browser.signIn(TAN_LAP_WORKER);
        browser.open("/reviews");
        assertThat(browser.text("h1")).isEqualTo("Rà soát hộ nghèo, hộ cận nghèo");
        browser.follow("/reviews/new");
        // The pages ask for the communes at most every 30 s: a commune registered just now may take that long.
        browser.waiting().until(d -> {
            browser.open("/reviews/new");
            return !browser.all("option[value=" + TAN_LAP + "]").isEmpty();
        });
        browser.choose("communeCode", TAN_LAP);
        browser.type("year", year);
        browser.choose("kind", "AD_HOC");
        browser.type("openedOn", opened.format(Formats.DATE));
        browser.press(null, null);
        assertThat(browser.text("h1")).contains("Rà soát thường xuyên năm " + year + " — Xã Tân Lập").contains("Đang rà soát");
        String review = URI.create(browser.driver.getCurrentUrl()).getPath();

        browser.follow(review + "/households/new");
        browser.type("householdId", code);
        browser.choose("reason", "APPLIED");
        browser.press(null, null);
        assertThat(browser.text(".notice")).contains(code).contains("Thôn Tân Tiến");
        long before = eventCount();
        browser.type("householdId", code);
        browser.press(null, null);
        assertThat(browser.errorOf("householdId")).isEqualTo("Hộ này đã có trong danh sách rà soát.");
        assertThat(eventCount()).as("a refusal writes nothing").isEqualTo(before);

        browser.open(review);
        browser.follow(review + "/households/" + household + "/survey");
        browser.type("surveyedOn", opened.plusDays(1).format(Formats.DATE));
        browser.type("incomePerCapitaMonthly", "1.200.000");
        List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER").forEach(d -> browser.check("deprivations", d));
        browser.check("causes", "LACK_CAPITAL");
        browser.check("hasWorkingMember", "true");
        browser.press("action", "preview");
        assertThat(browser.text(".preview .status")).isEqualTo("Hộ nghèo");
        assertThat(browser.text(".preview .explanation")).contains("Thu nhập 1.200.000 đ").contains("→ hộ nghèo");
        assertThat(eventCount()).as("a preview saves nothing").isEqualTo(before);
        browser.press("action", "save");
        assertThat(browser.text(".notice")).contains(code).contains("đề xuất Hộ nghèo");
        assertThat(browser.text("table[data-table=households]")).contains("Có giấy đề nghị").contains("Chờ họp thôn nhất trí");

        browser.follow(review + "/meetings/new");
        browser.type("heldOn", opened.plusDays(2).format(Formats.DATE));
        browser.type("attendees", "Trưởng thôn Lê Văn Cường\nNguyễn Thị Hoa\n");
        browser.check("households[0].outcome", "AGREED");
        browser.press(null, null);
        assertThat(browser.text(".notice")).contains("Thôn Tân Tiến").contains("1 hộ nhất trí");

        LocalDate posted = opened.plusDays(3);
        browser.follow(review + "/posting/new");
        browser.type("postedOn", posted.format(Formats.DATE));
        browser.press(null, null);
        String period = "từ ngày " + posted.format(Formats.DATE) + " đến hết ngày " + thirdWorkingDayAfter(posted).format(Formats.DATE);
        assertThat(browser.text(".notice")).contains(period);
        assertThat(browser.text(".facts")).contains(period);
        HttpResponse<byte[]> pdf = browser.download(review + "/posting-list?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xlsx = browser.download(review + "/posting-list?format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(cells(book.getSheetAt(0))).contains(code);
        }

        browser.signIn(TAN_LAP_CHAIR);
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/reviews");
        browser.open(review);
        assertThat(browser.all("nav.actions")).as("the chair sees none of the worker's forms").isEmpty();
        browser.type("decidedOn", posted.format(Formats.DATE));
        browser.type("decisionNumber", "123/QĐ-UBND");
        long beforeDecision = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("decidedOn")).isEqualTo("Chưa hết thời gian niêm yết: chỉ quyết định từ ngày hết niêm yết trở đi.");
        assertThat(eventCount()).isEqualTo(beforeDecision);
        browser.type("decidedOn", today.format(Formats.DATE));
        browser.press(null, null);
        assertThat(browser.text(".notice")).contains("123/QĐ-UBND").contains("công nhận 1 hộ");
        assertThat(browser.text("h1")).contains("Đã quyết định");
        browser.open(review + "/meetings/new");
        assertThat(browser.text("h1")).contains("403");

        browser.signIn(TAN_LAP_WORKER);
        browser.waiting().until(d -> {
            browser.open("/households/" + household);
            return browser.text("h1 .status").equals("Hộ nghèo");
        });
        assertThat(browser.text("table[data-table=timeline]")).contains("QĐ số 123/QĐ-UBND");
        HttpResponse<byte[]> certificate = browser.download("/households/" + household + "/certificate");
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(browser.driver.findElement(By.cssSelector("a[href$='/certificate']")).isDisplayed()).isTrue();
    }

    @Test
    void aWorkerVoidsAMistakenAssessmentAndTheTimelineSaysSo() {
        UUID id = registerHousehold(HA_LAN);
        String base = "/api/households/" + id + "/assessments";
        Map<String, Object> assessment = Map.of("year", today.getYear() - 1, "assessedOn", LocalDate.of(today.getYear() - 1, 11, 20)
                .toString(), "incomePerCapitaMonthly", 600_000, "deprivations", List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"),
                "causes", List.of("LACK_CAPITAL"),
                "hasWorkingMember", true);
        assertThat(api.as("worker").post(base, assessment).status()).isEqualTo(201);
        browser.signIn("worker");
        browser.open("/households/" + id);
        assertThat(browser.text("h1 .status")).isEqualTo("Hộ nghèo");

        browser.follow("/assessments/voiding/new");
        browser.driver.findElement(By.cssSelector("input[name=assessmentId]")).click();
        long before = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("reason")).isEqualTo("Chưa nhập.");
        assertThat(eventCount()).isEqualTo(before);
        browser.type("reason", "Nhập nhầm thu nhập");
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Đã huỷ đánh giá. Hộ không còn lần đánh giá nào.");
        assertThat(browser.text("h1 .status")).isEqualTo("Chưa đánh giá");
        assertThat(browser.text("table[data-table=timeline]")).contains("Huỷ đánh giá").contains("Nhập nhầm thu nhập");
    }

    @Test
    void aWorkerRecordsHelpVoidsAMistakeAndEndsTheCase() {
        UUID id = registerHousehold(HA_LAN);
        String base = "/households/" + id;
        browser.signIn("worker");

        browser.open(base + "/loans/new");
        browser.fillLoan("10.000.000", "6,6", "24", "Mua giống lúa");
        browser.press(null, null);
        browser.navigate(By.cssSelector("table[data-table=loans] tbody a"));
        browser.type("amount", "12.000.000");
        browser.press(null, null);
        assertThat(browser.errorOf("amount")).isEqualTo("Số tiền trả lớn hơn dư nợ.");
        browser.type("amount", "4.000.000");
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Đã ghi trả nợ.");
        assertThat(browser.text("table[data-table=loans]")).contains("6.000.000 đ");

        browser.open(base + "/health-insurance/new");
        new Select(browser.driver.findElement(By.name("memberId"))).selectByVisibleText("Trần Thị Mai");
        browser.type("cardNumber", "HN4381234567890");
        browser.type("validFrom", "01/01/" + today.getYear());
        browser.type("validTo", "31/12/" + today.getYear());
        browser.type("fundingSource", "Ngân sách nhà nước");
        browser.press(null, null);
        assertThat(browser.text("table[data-table=insurance]")).contains("Trần Thị Mai").contains("HN4381234567890");

        browser.open(base + "/assistance/new");
        browser.choose("kind", "VOCATIONAL_TRAINING");
        browser.type("description", "Lớp may công nghiệp");
        browser.type("amount", "3.000.000");
        browser.type("fundingSource", "Chương trình 1956");
        browser.check("addresses", "LACK_SKILLS");
        browser.press(null, null);
        assertThat(browser.text("table[data-table=assistance]")).contains("Đào tạo nghề").contains("3.000.000 đ");

        browser.open(base + "/voiding/new");
        browser.driver.findElement(By.xpath("//label[contains(., 'Lớp may công nghiệp')]/input")).click();
        browser.type("reason", "Ghi nhầm hộ");
        browser.press(null, null);
        assertThat(browser.text("table[data-table=assistance]")).contains("Đã huỷ: Ghi nhầm hộ");

        browser.open(base + "/transfer/new");
        browser.choose("toCommuneCode", BAC_SON);
        browser.press(null, null);
        assertThat(browser.text(".facts")).contains("Phường Bắc Sơn");

        browser.open(base + "/closure/new");
        browser.choose("reason", "MOVED_AWAY");
        browser.press(null, null);
        assertThat(browser.text("h1 .status")).isEqualTo("Đã đóng hồ sơ");
        assertThat(browser.all("nav.actions")).isEmpty();
        assertThat(browser.text("table[data-table=timeline]")).contains("Trả nợ").contains("Cấp thẻ BHYT")
                .contains("Huỷ bản ghi").contains("Chuyển xã/phường").contains("Đóng hồ sơ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void aDecimalCommaInAnAmountIsRefusedBesideItsFieldNeverReadAsMoreDigits(String screen) {
        UUID id = registerHousehold(HA_LAN);
        String base = "/households/" + id;
        browser.signIn("worker");
        if (screen.equals("phone")) {
            browser.viewport(360, 740, true);
        }
        try {
            long before = eventCount();
            browser.open(base + "/assessments/new");
            browser.type("year", Integer.toString(today.getYear()));
            browser.type("assessedOn", today.format(Formats.DATE));
            browser.check("hasWorkingMember", "true");
            browser.type("incomePerCapitaMonthly", "600000,5");
            browser.press("action", "preview");
            assertThat(browser.errorOf("incomePerCapitaMonthly")).contains("đồng chẵn");
            assertThat(browser.all(".preview .status")).isEmpty();
            browser.type("incomePerCapitaMonthly", "600.000,5");
            browser.press("action", "save");
            assertThat(browser.errorOf("incomePerCapitaMonthly")).contains("đồng chẵn");

            browser.type("incomePerCapitaMonthly", "600000");
            browser.press("action", "preview");
            String plain = browser.text(".preview .explanation");
            browser.type("incomePerCapitaMonthly", "600.000");
            browser.press("action", "preview");
            assertThat(browser.text(".preview .explanation")).isEqualTo(plain).contains("600.000 đ");

            browser.open(base + "/loans/new");
            browser.fillLoan("30000000,5", "6,6", "36", "Nuôi bò sinh sản");
            browser.press(null, null);
            assertThat(browser.errorOf("principal")).contains("đồng chẵn");
            assertThat(eventCount()).as("an amount refused writes nothing").isEqualTo(before);

            browser.type("principal", "30.000.000");
            browser.press(null, null);
            assertThat(browser.text("table[data-table=loans]")).contains("30.000.000 đ");
            JsonNode loans = api.as("worker").consistent().get("/api/households/" + id).json().get("loans");
            assertThat(loans).singleElement().satisfies(loan -> {
                assertThat(loan.get("principal").asLong()).isEqualTo(30_000_000L);
                assertThat(loan.get("annualInterestRatePercent").decimalValue()).isEqualByComparingTo("6.6");
            });
        } finally {
            browser.desktop();
        }
    }

    @Test
    void aFormSentAfterItsSessionEndedIsFilledInAgainAfterSigningInAndThenSaved() {
        UUID id = registerHousehold(HA_LAN);
        browser.signIn("worker");
        browser.open("/households/" + id + "/loans/new");
        browser.fillLoan("25.000.000", "6,6", "24", "Trồng rau sạch");
        long before = eventCount();

        browser.driver.manage().deleteAllCookies();
        browser.press(null, null);
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/login");
        browser.type("username", "worker");
        browser.type("password", "worker");
        browser.navigate(By.cssSelector("form.form button[type=submit]"));

        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/households/" + id + "/loans/new");
        assertThat(browser.driver.findElement(By.name("principal")).getAttribute("value")).isEqualTo("25.000.000");
        assertThat(browser.driver.findElement(By.name("purpose")).getAttribute("value")).isEqualTo("Trồng rau sạch");
        assertThat(browser.driver.findElement(By.cssSelector(".restored-note")).isDisplayed()).isTrue();
        assertThat(eventCount()).as("nothing was saved while signed out").isEqualTo(before);
        browser.press(null, null);
        assertThat(browser.text("table[data-table=loans]")).contains("25.000.000 đ");

        browser.open("/households/" + id + "/loans/new");
        assertThat(browser.driver.findElement(By.name("principal")).getAttribute("value")).as("a saved form is not filled in again")
                .isEmpty();
    }

    @Test
    void aRefusalIsShownNextToItsFieldAndWritesNothing() {
        browser.signIn("worker");
        String code = uniqueCode("WEB");
        browser.open("/households/new");
        browser.fillRegistration(code, HA_LAN, uniqueNationalId());
        browser.press(null, null);

        browser.open("/households/new");
        browser.fillRegistration(code, HA_LAN, uniqueNationalId());
        browser.type("members[1].birthDate", "31/02/1971");
        long before = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("members[1].birthDate")).contains("ngày/tháng/năm");
        browser.type("members[1].birthDate", "30/09/1971");
        browser.press(null, null);
        assertThat(browser.errorOf("code")).isEqualTo("Mã hộ này đã được dùng.");
        assertThat(browser.text(".error-summary")).contains("Mã hộ này đã được dùng.");
        assertThat(browser.driver.findElement(By.name("members[1].fullName")).getAttribute("value")).isEqualTo("Trần Thị Mai");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** Saturdays and Sundays do not count. */
    private static LocalDate thirdWorkingDayAfter(LocalDate day) {
        LocalDate end = day;
        for (int counted = 0; counted < 3; ) {
            end = end.plusDays(1);
            if (end.getDayOfWeek() != DayOfWeek.SATURDAY && end.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return end;
    }

    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        return cells;
    }

    @Test
    void theCommitteeSeesTheCommuneTableWithItsChartAndDownloadsIt() throws Exception {
        int year = today.getYear();
        assertThat(api.as("admin").put("/api/communes/" + HA_LAN + "/years/" + year,
                Map.of("households", 949, "poorTargetEndOfYear", 28)).status()).isEqualTo(200);
        browser.signIn("committee");
        browser.open("/statistics?year=" + year);
        assertThat(browser.text("h1")).contains(Integer.toString(year));
        String table = browser.text("table[data-table=communes]");
        assertThat(table).contains("Xã Hà Lan").contains("949").contains("Cộng");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rates-chart canvas")));
        assertThat(browser.all("#rates-chart canvas")).isNotEmpty();

        HttpResponse<byte[]> xlsx = browser.download("/statistics?year=" + year + "&export=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số hộ");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hộ nghèo đầu năm " + year);
            Row haLan = null;
            for (Row row : sheet) {
                if ("Xã Hà Lan".equals(row.getCell(0).getStringCellValue())) {
                    haLan = row;
                }
            }
            assertThat(haLan).isNotNull();
            assertThat(haLan.getCell(1).getNumericCellValue()).isEqualTo(949.0);
            assertThat(haLan.getCell(4).getNumericCellValue()).isEqualTo(28.0);
            assertThat(haLan.getCell(5).getNumericCellValue()).isEqualTo(2.95);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Cộng");
        }

        HttpResponse<byte[]> csv = browser.download("/statistics?year=" + year + "&export=csv&table=communes");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFĐơn vị,Số hộ,Hộ nghèo đầu năm " + year).contains("Xã Hà Lan,949,");
    }

    @Test
    void thePagesSpeakEnglishOnRequestAndKeepAWorkerToHerCommunes() {
        browser.signIn("other");
        browser.open("/households?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Households");
        browser.open("/statistics");
        assertThat(browser.text("table[data-table=communes]")).contains("Xã Quang Trung").doesNotContain("Xã Hà Lan");
        browser.open("/households/new?lang=vi");
        assertThat(browser.all("select[name=communeCode] option")).extracting(e -> e.getAttribute("value"))
                .containsExactly(QUANG_TRUNG);
        browser.open("/audit/assistance");
        assertThat(browser.text("h1")).contains("403");
    }

    @Test
    void aPersonSignsInAtTheAuthorizationServerOutlivesAnExpiredTokenAndSignsOutOfBoth() {
        browser.signIn("auditor");
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/audit/assistance");
        OAuth2AuthorizedClient signedIn = authorizedClients.loadAuthorizedClient(LedgerClients.REGISTRATION, "auditor");
        OAuth2AccessToken token = signedIn.getAccessToken();
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(signedIn.getClientRegistration(), "auditor",
                new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), Instant.now().minusSeconds(900),
                        Instant.now().minusSeconds(300), token.getScopes()), signedIn.getRefreshToken()),
                UsernamePasswordAuthenticationToken.authenticated("auditor", null, List.of()));

        browser.open("/audit/assistance");
        assertThat(browser.text("h1")).isEqualTo("Kiểm tra các khoản hỗ trợ");
        assertThat(authorizedClients.loadAuthorizedClient(LedgerClients.REGISTRATION, "auditor").getAccessToken().getTokenValue())
                .isNotEqualTo(token.getTokenValue());

        browser.navigate(By.cssSelector("header.site form.inline button[type=submit]"));
        // The pages' sign-out, then the authorization server's, then its sign-in page: redirects Chrome follows in turn.
        browser.waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/login?logout"));
        assertThat(browser.text("p.notice")).isEqualTo("Bạn đã đăng xuất.");
        browser.open("/audit/assistance");
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/login");
        assertThat(browser.text("h1")).isEqualTo("Đăng nhập");
    }
}
