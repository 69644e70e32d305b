package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Screenshots of the main pages at desktop (1280×900) and phone (390×844) width (the committee's
 * findings, escapes, the report of the review results, the admin's read models and a worker's dry run of an import, at desktop width only), over a small
 * commune history recorded through the API, and a review under way in Tân Lập. They land in {@code standalone/target/screenshots}, or
 * where {@code -Dscreenshots.dir} says (the standalone pom passes it on); the README's are made with
 * {@code ./mvnw -B -o verify -pl standalone -am -Dtest=PageScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir=$PWD/docs/screenshots}.
 */
class PageScreenshots extends ApiTest {

    private static final Map<String, Dimension> SIZES = Map.of("desktop", new Dimension(1280, 900),
            "phone", new Dimension(390, 844));
    private static final String PHONE = "phone";
    private static final String[] HEADS = {"Nguyễn Văn Hùng", "Lê Thị Hoa", "Trần Văn Nam", "Phạm Thị Lan", "Hoàng Văn Sơn",
            "Vũ Thị Thu", "Đỗ Văn Bình", "Bùi Thị Mai", "Đặng Văn Long", "Ngô Thị Hạnh"};

    /** Seven causes: the i-th and the (i+3)-th are never the same. */
    private static final String[] CAUSES = {"LONG_ILLNESS", "LACK_CAPITAL", "LACK_LABOUR", "LACK_SKILLS", "MANY_DEPENDANTS",
            "LACK_LAND", "LACK_JOBS"};

    private final LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);
    private final int year = today.getYear();

    @Test
    void theMainPagesAtDesktopAndPhoneWidth() throws IOException {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        planTheYear();
        UUID shown = null;
        for (int i = 0; i < HEADS.length; i++) {
            UUID id = household(QUANG_TRUNG, "other", "QT-" + uniqueCode("").substring(1, 5).toUpperCase() + i, HEADS[i], i);
            shown = shown == null ? id : shown;
        }
        for (int i = 0; i < 4; i++) {
            household(HA_LAN, "worker", "HL-" + uniqueCode("").substring(1, 5).toUpperCase() + i, HEADS[HEADS.length - 1 - i], i);
        }
        UUID review = reviewUnderWay();
        try (Browser browser = new Browser(port)) {
            for (Map.Entry<String, Dimension> size : SIZES.entrySet()) {
                boolean phone = PHONE.equals(size.getKey());
                browser.viewport(size.getValue().getWidth(), size.getValue().getHeight(), phone);
                String suffix = "-" + size.getKey() + ".png";
                browser.signIn("other");
                browser.open("/households?commune=" + QUANG_TRUNG);
                if (phone) {
                    browser.scrollTo("table");
                }
                shoot(browser, dir.resolve("households" + suffix));
                browser.open("/households/" + shown);
                shoot(browser, dir.resolve("household" + suffix));
                browser.open("/households/" + shown + "/assessments/new");
                browser.type("incomePerCapitaMonthly", "1.450.000");
                browser.check("deprivations", "HOUSING_QUALITY");
                browser.check("deprivations", "SANITARY_TOILET");
                browser.check("deprivations", "HEALTH_INSURANCE");
                browser.check("hasWorkingMember", "true");
                browser.press("action", "preview");
                assertThat(browser.text(".preview .status")).isEqualTo("Hộ nghèo");
                shoot(browser, dir.resolve("assessment-preview" + suffix));
                browser.signIn(PagesBrowserTest.TAN_LAP_WORKER);
                browser.open("/reviews/" + review);
                shoot(browser, dir.resolve("review" + suffix));
                browser.signIn("committee");
                browser.open("/statistics?year=" + year);
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rates-chart canvas")));
                if (phone) {
                    browser.scrollTo(".chart-block");
                }
                shoot(browser, dir.resolve("statistics" + suffix));
                if (!phone) {
                    browser.signIn("worker");
                    Path list = ImportPageBrowserTest.smallList(new String[] {uniqueCode("HL"), uniqueCode("HL"), uniqueCode("HL")});
                    browser.open("/imports");
                    browser.driver.findElement(By.name("file")).sendKeys(list.toString());
                    browser.choose("communeCode", HA_LAN);
                    browser.press("dryRun", "true");
                    ImportPageBrowserTest.awaitDone(browser);
                    shoot(browser, dir.resolve("import" + suffix));
                    ImportPageBrowserTest.delete(list);
                    browser.signIn("committee");
                    browser.open("/statistics/findings?year=" + (year - 1));
                    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#causes-chart canvas")));
                    shoot(browser, dir.resolve("findings" + suffix));
                    browser.open("/escapes?year=" + year);
                    shoot(browser, dir.resolve("escapes" + suffix));
                    browser.open("/reports/review-results?year=" + year);
                    shoot(browser, dir.resolve("review-results" + suffix));
                }
                browser.signIn("auditor");
                browser.open("/audit/assistance?commune=" + QUANG_TRUNG);
                if (phone) {
                    browser.scrollTo("table");
                }
                shoot(browser, dir.resolve("audit" + suffix));
                if (!phone) {
                    browser.signIn("admin");
                    browser.open("/admin/projections");
                    shoot(browser, dir.resolve("admin-desktop.png"));
                }
            }
        }
    }

    /**
     * Tân Lập's periodic review three weeks in: eight households listed in two villages, seven surveyed,
     * the first village's meeting held (one proposal disputed), the second village yet to meet.
     */
    private UUID reviewUnderWay() {
        ensureCommune(PagesBrowserTest.TAN_LAP, "Xã Tân Lập", "COMMUNE", "RURAL");
        LedgerApi.Request worker = api.as(PagesBrowserTest.TAN_LAP_WORKER);
        LocalDate opened = today.minusDays(20);
        String review = created(worker.post("/api/reviews", Map.of("communeCode", PagesBrowserTest.TAN_LAP, "year", opened.getYear(),
                "kind", "PERIODIC", "openedOn", opened.toString()))).json().get("reviewId").asText();
        String[] villages = {"Thôn Tân Tiến", "Thôn Đồng Tâm"};
        String[] reasons = {"ON_LIST", "ON_LIST", "ON_LIST", "APPLIED", "ON_LIST", "REPORTED", "ON_LIST", "APPLIED"};
        List<String> agreed = new ArrayList<>();
        String disputed = null;
        for (int i = 0; i < reasons.length; i++) {
            Map<String, Object> body = household(PagesBrowserTest.TAN_LAP, "TL-" + uniqueCode("").substring(1, 5).toUpperCase() + i);
            body.put("village", villages[i % 2]);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
            members.get(0).put("fullName", HEADS[i]);
            String household = created(worker.post("/api/households", body)).json().get("householdId").asText();
            created(worker.post("/api/reviews/" + review + "/households", Map.of("householdId", household, "reason", reasons[i])));
            if (i == reasons.length - 1) {
                continue; // listed, not surveyed yet
            }
            boolean poor = i % 3 != 2;
            created(worker.post("/api/reviews/" + review + "/households/" + household + "/survey", Map.of(
                    "surveyedOn", opened.plusDays(2 + i).toString(), "incomePerCapitaMonthly", poor ? 1_100_000 + 50_000 * i : 3_200_000,
                    "deprivations", poor ? List.of("HOUSING_QUALITY", "SANITARY_TOILET", "DOMESTIC_WATER") : List.of("HEALTH_INSURANCE"),
                    "causes", poor ? List.of(CAUSES[i % CAUSES.length]) : List.of(), "hasWorkingMember", true)));
            if (i % 2 == 0 && i < 4) {
                agreed.add(household);
            } else if (i % 2 == 0) {
                disputed = household;
            }
        }
        created(worker.post("/api/reviews/" + review + "/meetings", Map.of("village", villages[0], "heldOn", opened.plusDays(12).toString(),
                "attendees", List.of("Trưởng thôn Lê Văn Cường", "Bí thư chi bộ Nguyễn Thị Hoa"), "agreed", agreed,
                "disputed", List.of(Map.of("householdId", disputed, "note", "Hộ có con đi làm xa gửi tiền về")))));
        // The worker's pages read without waiting for these writes (made over the API): the review is shot once projected.
        assertThat(worker.consistent().get("/api/reviews/" + review).status()).isEqualTo(200);
        return UUID.fromString(review);
    }

    private static LedgerApi.Response created(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    private static void shoot(Browser browser, Path file) throws IOException {
        byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
        assertThat(png).isNotEmpty();
        Files.write(file, png);
    }

    /** The plan of the year for the three communes of the tests, with the 2018 figures of Bỉm Sơn. */
    private void planTheYear() {
        Map<String, int[]> plan = Map.of(HA_LAN, new int[] {949, 28}, QUANG_TRUNG, new int[] {1296, 23}, BAC_SON, new int[] {2219, 29});
        plan.forEach((code, figures) -> assertThat(api.as("admin").put("/api/communes/" + code + "/years/" + year,
                Map.of("households", figures[0], "poorTargetEndOfYear", figures[1])).status()).isEqualTo(200));
    }

    /**
     * A household poor after last year's review, helped in December, and assessed again this year:
     * every other one escapes.
     */
    private UUID household(String commune, String account, String code, String head, int i) {
        Map<String, Object> body = household(commune, code);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(0).put("fullName", head);
        members.add(member("Con " + (i + 1), i % 2 == 0 ? "MALE" : "FEMALE", "2010-05-0" + (i % 9 + 1), "CHILD", null));
        LedgerApi.Response registered = api.as(account).post("/api/households", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().get("householdId").asText());
        String base = "/api/households/" + id;
        List<String> lacking = new ArrayList<>(List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET"));
        lacking.addAll(List.of("DOMESTIC_WATER", "EMPLOYMENT", "TELECOM_USE").subList(0, i % 3));
        assess(account, base, year - 1, LocalDate.of(year - 1, 11, 20), 900_000 + 50_000L * i, lacking,
                List.of(CAUSES[i % CAUSES.length], CAUSES[(i + 3) % CAUSES.length]));
        LocalDate december = LocalDate.of(year - 1, 12, 10);
        assertThat(api.as(account).post(base + "/loans", Map.of("programme", "POOR_HOUSEHOLD", "principal", 30_000_000 + 5_000_000L * (i % 3),
                "annualInterestRatePercent", 6.6, "termMonths", 36, "disbursedOn", december.toString(),
                "lender", "Ngân hàng Chính sách xã hội", "purpose", "Nuôi bò sinh sản", "addresses", List.of("LACK_CAPITAL"))).status())
                .isEqualTo(201);
        Map<String, Object> help = new LinkedHashMap<>(Map.of("kind", "HOUSING", "description", "Sửa mái nhà, xây nhà tiêu",
                "amount", 20_000_000, "providedOn", december.plusDays(5).toString(), "fundingSource", "Quỹ Vì người nghèo",
                "addresses", List.of("HOUSING_QUALITY", "SANITARY_TOILET", CAUSES[(i + 3) % CAUSES.length])));
        assertThat(api.as(account).post(base + "/assistance", help).status()).isEqualTo(201);
        UUID headId = UUID.fromString(registered.json().get("memberIds").get(0).asText());
        assertThat(api.as(account).post(base + "/health-insurance", Map.of("memberId", headId, "cardNumber",
                "HN238" + String.format("%010d", Math.floorMod(code.hashCode(), 10_000_000_000L)),
                "validFrom", LocalDate.of(year, 1, 1).toString(), "validTo", LocalDate.of(year, 12, 31).toString(),
                "stateSubsidyPercent", 100, "fundingSource", "Ngân sách nhà nước")).status()).isEqualTo(201);
        boolean escapes = i % 2 == 1;
        assess(account, base, year, today, escapes ? 2_600_000 + 100_000L * i : 1_200_000,
                escapes ? List.of("HEALTH_INSURANCE") : List.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "SANITARY_TOILET"),
                escapes ? List.of() : List.of("LONG_ILLNESS"));
        return id;
    }

    private void assess(String account, String base, int review, LocalDate on, long income, List<String> deprivations,
                        List<String> causes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", review);
        body.put("assessedOn", on.toString());
        body.put("incomePerCapitaMonthly", income);
        body.put("deprivations", new ArrayList<>(deprivations));
        body.put("causes", new ArrayList<>(causes));
        body.put("hasWorkingMember", true);
        LedgerApi.Response assessed = api.as(account).post(base + "/assessments", body);
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
    }
}
