package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.householdledger.standalone.ApiTest;

/**
 * The import page in a real headless Chromium: a worker chooses a small list and her commune, tries it
 * first (nothing is written), sees its counts and the refused household with why, downloads the refused
 * rows, then imports the same file for real with one click; a list page prints on A4 with nothing but its
 * content. Skipped only where Chromium is not installed.
 */
class ImportPageBrowserTest extends ApiTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
    }

    @BeforeEach
    void browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A list of three households of Hà Lan, the third without its head's sex, in a file of its own. */
    static Path smallList(String[] codes) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFmã hộ;thôn;địa chỉ;họ tên;quan hệ;giới tính;ngày sinh;số định danh;dân tộc;"
                + "năm rà soát;ngày quyết định;thu nhập bình quân;thiếu hụt;nguyên nhân;có lao động\r\n");
        String[] sexes = {"nữ", "nam", ""};
        for (int i = 0; i < codes.length; i++) {
            csv.append(codes[i]).append(";Thôn Bắc;Số ").append(i + 1).append(", thôn Bắc;Hà Thị Số ").append(i + 1)
                    .append(";chủ hộ;").append(sexes[i]).append(";15/06/1975;").append(uniqueNationalId())
                    .append(";Mường;2019;10/12/2019;650.000;HEALTH_INSURANCE;LACK_CAPITAL;có\r\n");
            csv.append(codes[i]).append(";Thôn Bắc;;Con Số ").append(i + 1).append(";con;nam;2012;;Mường;;;;;;\r\n");
        }
        Path file = Files.createTempDirectory("import-page-").resolve("danh-sach-ho-ngheo-ha-lan.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static void delete(Path list) throws IOException {
        Files.delete(list);
        Files.delete(list.getParent());
    }

    private boolean codeHeld(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM command_side.household_code WHERE code = ?", Long.class, code) > 0;
    }

    private void awaitDone() {
        awaitDone(browser);
    }

    /** Waits until the import's page, refreshing itself while it runs, says it is done. */
    static void awaitDone(Browser browser) {
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1 .status.DONE")));
    }

    @Test
    void aWorkerTriesASmallListFirstSeesWhatItWouldDoAndThenImportsItForReal() throws Exception {
        String[] codes = {uniqueCode("WEBN"), uniqueCode("WEBN"), uniqueCode("WEBN")};
        Path file = smallList(codes);
        browser.signIn("worker");
        browser.open("/imports");
        assertThat(browser.text("h1")).isEqualTo("Nhập danh sách hộ");
        assertThat(browser.all("table.columns code")).extracting(e -> e.getText()).contains("mã hộ", "dân tộc", "có lao động");

        browser.press("dryRun", "true");
        assertThat(browser.errorOf("file")).isEqualTo("Hãy chọn tệp danh sách.");

        browser.driver.findElement(By.name("file")).sendKeys(file.toString());
        browser.choose("communeCode", HA_LAN);
        browser.press("dryRun", "true");
        awaitDone();

        assertThat(browser.text("h1")).contains("Kiểm tra thử danh sách");
        assertThat(browser.text(".counts dd.accepted")).isEqualTo("2");
        assertThat(browser.text(".counts dd.refused")).isEqualTo("1");
        assertThat(browser.text("table.refused-households tbody")).contains(codes[2]).contains("thiếu giới tính");
        for (String code : codes) {
            assertThat(codeHeld(code)).as("a dry run writes nothing: %s", code).isFalse();
        }
        String dryRun = browser.driver.getCurrentUrl().replaceAll(".*/imports/", "");
        HttpResponse<byte[]> refused = browser.download("/imports/" + dryRun + "/refused?format=csv");
        assertThat(refused.statusCode()).isEqualTo(200);
        String rows = new String(refused.body(), StandardCharsets.UTF_8);
        assertThat(rows).contains(";lỗi").contains(codes[2] + ";Thôn Bắc;Số 3, thôn Bắc;Hà Thị Số 3;chủ hộ;;15/06/1975");

        browser.navigate(By.cssSelector("form[action$='/for-real'] button[type=submit]"));
        awaitDone();

        assertThat(browser.text("h1")).doesNotContain("Kiểm tra thử");
        assertThat(browser.text(".counts dd.accepted")).isEqualTo("2");
        assertThat(codeHeld(codes[0])).isTrue();
        assertThat(codeHeld(codes[1])).isTrue();
        assertThat(codeHeld(codes[2])).isFalse();
        delete(file);
    }

    @Test
    void theImportPageSpeaksEnglishOnRequest() {
        browser.signIn("worker");
        browser.open("/imports?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Import a list of households");
        assertThat(browser.text("button[name=dryRun][value=true]")).isEqualTo("Try it (writes nothing)");
    }

    @Test
    void aListPagePrintsOnA4WithItsContentAlone() {
        browser.signIn("worker");
        browser.open("/households?commune=" + HA_LAN);
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor page = chrome;
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('header.site')).display")).isEqualTo("none");
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('footer.site')).display")).isEqualTo("none");
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('main form')).display")).isEqualTo("none");
            assertThat(page.executeScript("return getComputedStyle(document.querySelector('table thead')).display"))
                    .isEqualTo("table-header-group");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> printed = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        String pdf = new String(Base64.getDecoder().decode((String) printed.get("data")), StandardCharsets.ISO_8859_1);
        assertThat(pdf).as("an A4 sheet, 595 × 842 points").containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?]");
    }
}
