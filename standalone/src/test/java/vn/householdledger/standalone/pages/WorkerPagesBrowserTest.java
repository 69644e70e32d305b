package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.testing.LedgerApi;
import vn.householdledger.web.Formats;

/**
 * A commune's worker on her pages in a real headless Chromium, in Ngọc Sơn (a commune no other test
 * uses, so that its lists hold only what these tests put there): a search typed without accents finds
 * the accented head; the poverty list on a business date; the classification's explanation in the
 * reader's language; a refused form shows each Vietnamese error beside its field with the focus on
 * the first, and Enter saves; a member joins and leaves, the head changes and the household pledges
 * to escape poverty; amounts and rates typed as Vietnamese write them, at desktop and phone size.
 * Skipped only where Chromium is not installed (CI installs it).
 */
class WorkerPagesBrowserTest extends BrowserTest {

    static final String NGOC_SON = "NGOC_SON";
    static final String WORKER = "ngocson";
    private final LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);

    @BeforeEach
    void commune() {
        ensureCommune(NGOC_SON, "Xã Ngọc Sơn", "COMMUNE", "RURAL");
    }

    @Test
    void aSearchTypedWithoutAccentsFindsTheAccentedHead() {
        String code = uniqueCode("NS");
        UUID household = register(code, "Nguyễn Văn Đạt");
        browser.signIn(WORKER);
        browser.open("/households");
        browser.type("q", "nguyen van dat");
        browser.navigate(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.text("table[data-table=households]")).contains(code).contains("Nguyễn Văn Đạt");
        browser.navigate(By.linkText(code));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/households/" + household);

        browser.open("/households?q=" + code.toLowerCase());
        assertThat(browser.text("table[data-table=households]")).contains(code);
        browser.open("/households?q=tran+thi+khong+co");
        assertThat(browser.text("table[data-table=households]")).doesNotContain(code).contains("Không có dữ liệu");
    }

    /**
     * Poor by the review of 2017, escaped by that of 2019: listed on 31/12/2017 by business date, though
     * both were recorded today, and not listed today (its 36 months as newly escaped are over).
     */
    @Test
    void thePovertyListOnABusinessDateShowsWhoWasListedThatDay() {
        String code = uniqueCode("NS");
        UUID household = register(code, "Lê Văn Tám");
        assess(household, 2017, "2017-11-15", 650_000, List.of());
        LedgerApi.Response escaped = assess(household, 2019, "2019-11-20", 3_000_000, List.of());
        browser.signIn(WORKER);

        browser.open("/poverty-list");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=on]")).getText()).isEqualTo("Danh sách tại ngày");
        browser.type("on", "31/12/2017");
        browser.navigate(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Danh sách hộ nghèo, cận nghèo ngày 31/12/2017");
        assertThat(browser.text("table[data-table=povertyList]")).contains(code).contains("Hộ nghèo").contains("15/11/2017");
        assertThat(browser.text(".intro")).contains("ngày nghiệp vụ");

        browser.open("/poverty-list?on=01/11/2017");
        assertThat(browser.text("table[data-table=povertyList]")).doesNotContain(code);
        browser.open("/poverty-list?on=31/12/2020");
        assertThat(browser.text("table[data-table=povertyList]")).contains(code).contains("Hộ mới thoát nghèo");
        assertThat(api.as(WORKER).header("X-Event-Position", Long.toString(escaped.position())).get("/api/poverty-list").json()
                .get("items").findValuesAsText("code")).as("today's list, as the API answers it").doesNotContain(code);
        browser.open("/poverty-list");
        assertThat(browser.text("table[data-table=povertyList]")).doesNotContain(code);

        browser.open("/poverty-list?on=31/02/2017");
        assertThat(browser.errorOf("on")).isEqualTo("Ngày phải viết dạng ngày/tháng/năm, ví dụ 15/03/2018.");

        browser.signIn("auditor");
        browser.open("/audit/poverty-list");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=asOf]")).getText()).isEqualTo("Theo ghi nhận tại thời điểm");
        assertThat(browser.text(".intro")).contains("sổ như đã biết lúc đó").contains("Danh sách tại ngày");
    }

    @Test
    void theExplanationReadsInTheReadersLanguageAndTheHintNamesTheStandardOnce() {
        UUID household = register(uniqueCode("NS"), "Phạm Văn Lực");
        assess(household, today.getYear() - 1, LocalDate.of(today.getYear() - 1, 11, 20).toString(), 1_200_000,
                List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"));
        browser.signIn(WORKER);
        browser.open("/households/" + household);
        assertThat(browser.text(".assessment .explanation")).startsWith("Thu nhập 1.200.000 đ ≤")
                .contains("3 chỉ số thiếu hụt (≥ 3) → hộ nghèo");
        browser.open("/households/" + household + "?lang=en");
        assertThat(browser.text(".assessment .explanation")).startsWith("Income 1,200,000 VND ≤").contains("3 deprivation(s) (≥ 3) → poor");
        browser.open("/households/" + household + "?lang=vi");

        browser.open("/households/" + household + "/assessments/new");
        String hint = browser.text("#deprivations .hint");
        assertThat(hint).startsWith("Theo chuẩn nghèo ").contains("Nghị định").doesNotContain("chuẩn Chuẩn").doesNotContain("Decree");
        browser.type("year", Integer.toString(today.getYear()));
        browser.type("assessedOn", today.format(Formats.DATE));
        browser.type("incomePerCapitaMonthly", "900.000");
        browser.check("hasWorkingMember", "true");
        browser.press("action", "preview");
        assertThat(browser.text(".preview .explanation")).as("the form keeps the deprivations last found")
                .startsWith("Thu nhập 900.000 đ ≤ chuẩn nghèo về thu nhập nông thôn ").contains("3 chỉ số thiếu hụt (≥ 3) → hộ nghèo");
    }

    /**
     * Every refusal at once, beside its field, in the reader's language and in form order, a code in use
     * (the rule {@code DUPLICATE_CODE}) in the same round as the mistyped fields; the first takes the focus.
     */
    @Test
    void aRefusedRegistrationShowsEachErrorBesideItsFieldAndFocusesTheFirst() {
        String taken = uniqueCode("WEB");
        assertThat(api.as("worker").post("/api/households", household(HA_LAN, taken)).status()).isEqualTo(201);
        assertThat(api.as("worker").consistent().get("/api/households?q=" + taken).status()).isEqualTo(200);
        browser.signIn("worker");
        browser.open("/households/new");
        browser.fillRegistration(taken, HA_LAN, "12ab");
        browser.type("village", "");
        browser.type("members[1].birthDate", "31/02/1971");
        long before = eventCount();
        browser.press(null, null);

        assertThat(browser.errorOf("code")).isEqualTo("Mã hộ này đã được dùng.");
        assertThat(browser.errorOf("village")).isEqualTo("Chưa nhập.");
        assertThat(browser.errorOf("members[0].nationalId")).isEqualTo("Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số).");
        assertThat(browser.errorOf("members[1].birthDate")).isEqualTo("Ngày phải viết dạng ngày/tháng/năm, ví dụ 15/03/2018.");
        assertThat(browser.all(".error-summary li")).extracting(e -> e.getText()).containsExactly(
                "Mã hộ này đã được dùng.", "Chưa nhập.", "Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số).",
                "Ngày phải viết dạng ngày/tháng/năm, ví dụ 15/03/2018.");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("code");
        assertThat(eventCount()).as("a refused form writes nothing").isEqualTo(before);
    }

    @Test
    void enterInTheRegistrationFormSavesRatherThanAddingAMember() {
        browser.signIn("worker");
        browser.open("/households/new");
        String code = uniqueCode("WEB");
        browser.fillRegistration(code, HA_LAN, uniqueNationalId());
        browser.driver.findElement(By.name("village")).sendKeys(Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().matches(".*/households/[0-9a-f-]{36}$"));
        assertThat(browser.text(".notice")).contains(code);
        assertThat(browser.text("table[data-table=members]")).contains("Nguyễn Văn Hùng").contains("Trần Thị Mai");
    }

    @Test
    void theRegistrationFormSuggestsTheCommunesNextCode() {
        JsonNode suggested = nextCode();
        String code = suggested == null || suggested.isNull() ? "NS-00041" : suggested.asText();
        register(code, "Đỗ Thị Hằng");
        String next = nextCode().asText();
        assertThat(next).isNotEqualTo(code);
        browser.signIn(WORKER);
        browser.waiting().until(d -> {
            browser.open("/households/new");
            return !browser.all("option[value=" + NGOC_SON + "]").isEmpty();
        });
        assertThat(browser.driver.findElement(By.name("code")).getDomAttribute("value")).as("the code as the page served it")
                .isEqualTo(next);
    }

    /** A member joins, the head hands over to the spouse and stays, the child leaves, and the poor household pledges to escape. */
    @Test
    void aWorkerRecordsMembersTheHeadAndAnEscapePledge() {
        String code = uniqueCode("NS");
        UUID household = register(code, "Hoàng Văn Sơn");
        assess(household, today.getYear() - 1, LocalDate.of(today.getYear() - 1, 11, 20).toString(), 1_000_000,
                List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER"));
        String base = "/households/" + household;
        browser.signIn(WORKER);

        browser.open(base);
        browser.follow(base + "/members/new");
        browser.type("fullName", "Hoàng Thị Na");
        browser.choose("relation", "CHILD");
        browser.choose("sex", "FEMALE");
        browser.type("birthDate", "02/09/2012");
        browser.type("joinedOn", "01/01/2015");
        long beforeJoining = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("joinedOn")).as("the rule DATED_BEFORE_REGISTRATION, beside its field")
                .isEqualTo("Ngày 01/01/2015 trước ngày hộ được đăng ký, 01/03/2016");
        assertThat(eventCount()).isEqualTo(beforeJoining);
        browser.type("joinedOn", today.format(Formats.DATE));
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Đã thêm Hoàng Thị Na vào hộ.");
        assertThat(browser.text("table[data-table=members]")).contains("Hoàng Thị Na");

        browser.follow(base + "/head/new");
        long before = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("memberId")).isEqualTo("Hãy chọn một thành viên.");
        assertThat(eventCount()).isEqualTo(before);
        new Select(browser.driver.findElement(By.name("memberId"))).selectByVisibleText("Trần Thị Mai (Vợ/chồng)");
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Trần Thị Mai là chủ hộ từ nay.");
        assertThat(browser.text(".facts")).contains("Trần Thị Mai");

        browser.follow(base + "/departure/new");
        new Select(browser.driver.findElement(By.name("memberId"))).selectByVisibleText("Hoàng Thị Na (Con)");
        browser.choose("reason", "MOVED_OUT");
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Đã ghi Hoàng Thị Na rời hộ.");

        browser.follow(base + "/pledges/new");
        browser.type("year", Integer.toString(today.getYear() - 1));
        browser.press(null, null);
        assertThat(browser.errorOf("year")).isNotBlank();
        browser.type("year", Integer.toString(today.getYear()));
        browser.press(null, null);
        assertThat(browser.text(".notice")).isEqualTo("Đã ghi đăng ký thoát nghèo năm " + today.getYear() + ".");

        JsonNode view = api.as(WORKER).consistent().get("/api/households/" + household).json();
        assertThat(view.get("headName").asText()).isEqualTo("Trần Thị Mai");
        assertThat(view.get("members").findValuesAsText("relation")).containsExactlyInAnyOrder("HEAD", "OTHER");
        assertThat(view.get("formerMembers").findValuesAsText("fullName")).containsExactly("Hoàng Thị Na");
        assertThat(view.get("pledgedYears").get(0).asInt()).isEqualTo(today.getYear());
        browser.follow(base + "/pledges/new");
        browser.type("year", Integer.toString(today.getYear()));
        before = eventCount();
        browser.press(null, null);
        assertThat(browser.errorOf("year")).isEqualTo("Hộ đã đăng ký thoát nghèo năm này.");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** "600.000,5" is refused as money with a decimal part, beside its field; "6,6" is a rate of 6,6 %. */
    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void amountsAndRatesAreReadAsVietnameseWritesThem(String size) {
        UUID household = register(uniqueCode("NS"), "Vũ Văn Minh");
        browser.signIn(WORKER);
        if (size.equals("phone")) {
            browser.viewport(390, 844, true);
        }
        try {
            browser.open("/households/" + household + "/assessments/new");
            browser.type("year", Integer.toString(today.getYear()));
            browser.type("assessedOn", today.format(Formats.DATE));
            browser.type("incomePerCapitaMonthly", "600.000,5");
            browser.check("hasWorkingMember", "true");
            long before = eventCount();
            browser.press("action", "save");
            assertThat(browser.errorOf("incomePerCapitaMonthly")).isEqualTo(
                    "Số tiền tính bằng đồng chẵn: không có phần thập phân sau dấu phẩy (dấu chấm ngăn hàng nghìn, ví dụ 600.000).");
            assertThat(browser.driver.findElement(By.id("incomePerCapitaMonthly-error")).isDisplayed()).isTrue();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("incomePerCapitaMonthly");
            assertThat(eventCount()).isEqualTo(before);

            browser.open("/households/" + household + "/loans/new");
            browser.fillLoan("30.000.000", "6,6", "36", "Nuôi lợn");
            browser.press(null, null);
            assertThat(browser.text("table[data-table=loans]")).contains("30.000.000 đ").contains("6,6 %");
            JsonNode loan = api.as(WORKER).consistent().get("/api/households/" + household).json().get("loans").get(0);
            assertThat(loan.get("principal").asLong()).isEqualTo(30_000_000L);
            assertThat(loan.get("annualInterestRatePercent").decimalValue()).isEqualByComparingTo("6.6");
        } finally {
            browser.desktop();
        }
    }

    private UUID register(String code, String head) {
        Map<String, Object> body = household(NGOC_SON, code);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("members")).get(0);
        first.put("fullName", head);
        LedgerApi.Response registered = api.as(WORKER).post("/api/households", body);
        assertThat(registered.status()).as("registered: %s", registered).isEqualTo(201);
        UUID household = UUID.fromString(registered.json().get("householdId").asText());
        caughtUp(household);
        return household;
    }

    private LedgerApi.Response assess(UUID household, int year, String on, long income, List<String> deprivations) {
        LedgerApi.Response assessed = api.as(WORKER).post("/api/households/" + household + "/assessments", Map.of(
                "year", year, "assessedOn", on, "incomePerCapitaMonthly", income, "deprivations", deprivations,
                "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true));
        assertThat(assessed.status()).as("assessed: %s", assessed).isEqualTo(201);
        caughtUp(household);
        return assessed;
    }

    private JsonNode nextCode() {
        return api.as(WORKER).consistent().get("/api/communes/" + NGOC_SON + "/next-household-code").json().get("code");
    }

    /** Waits until the read models hold every event committed so far, as the pages will read them. */
    private void caughtUp(UUID household) {
        assertThat(api.as(WORKER).consistent().get("/api/households/" + household).status()).isEqualTo(200);
    }
}
