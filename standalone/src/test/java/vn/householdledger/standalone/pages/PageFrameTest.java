package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.householdledger.testing.LedgerApi;

/**
 * The pages' frame in Chromium: on a phone the menu opens and shows every item, with nothing beyond the
 * screen's width; a list's page size is chosen; an unknown address is a page in the reader's language for a
 * browser, while the API keeps answering problem+json.
 */
class PageFrameTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Test
    void onAPhoneTheMenuOpensAndShowsEveryItemWithinTheScreen() {
        browser.signIn("committee");
        browser.viewport(PHONE_WIDTH, 844, true);
        try {
            browser.open("/statistics");
            List<WebElement> items = browser.all("header.site nav a");
            assertThat(items).hasSizeGreaterThanOrEqualTo(7);
            assertThat(items).as("folded until asked for").noneMatch(WebElement::isDisplayed);
            WebElement menu = browser.driver.findElement(By.cssSelector("header.site .menu-toggle"));
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");

            menu.click();

            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            for (WebElement item : items) {
                assertThat(item.isDisplayed()).as(item.getText()).isTrue();
                assertThat(item.getRect().getX()).as(item.getText()).isGreaterThanOrEqualTo(0);
                assertThat(item.getRect().getX() + item.getRect().getWidth()).as(item.getText()).isLessThanOrEqualTo(PHONE_WIDTH);
            }
            assertThat(items).extracting(WebElement::getText).contains("Chỉ tiêu", "Đăng ký thoát nghèo", "Thống kê theo xã");
            Long width = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).as("no sideways scrolling").isLessThanOrEqualTo(PHONE_WIDTH);
        } finally {
            browser.desktop();
        }
    }

    @Test
    void aListIsShownInThePageSizeChosen() {
        browser.signIn("committee");
        browser.open("/escapes");
        assertThat(browser.text(".page-sizes [aria-current]")).isEqualTo("50");

        browser.navigate(By.linkText("20"));

        assertThat(browser.driver.getCurrentUrl()).contains("size=20");
        assertThat(browser.text(".page-sizes [aria-current]")).isEqualTo("20");
    }

    @Test
    void anUnknownAddressIsAPageInTheReadersLanguageAndTheApiKeepsItsProblem() {
        browser.signIn("committee");
        browser.open("/khong-co-trang-nay");
        assertThat(browser.text("h1")).isEqualTo("Lỗi 404");
        assertThat(browser.text("main")).contains("Không tìm thấy trang này.");

        browser.open("/khong-co-trang-nay?lang=en");
        assertThat(browser.text("main")).contains("There is no such page.");

        // The API fails closed: a path it does not know is refused to everyone, as a problem even to a browser.
        LedgerApi.Response unknown = api.as("committee").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/api/khong-co");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }
}
