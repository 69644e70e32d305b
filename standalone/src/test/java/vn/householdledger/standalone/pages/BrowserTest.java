package vn.householdledger.standalone.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.householdledger.standalone.ApiTest;

/**
 * A test of the pages in one headless Chromium for the whole class, opened at its first test and
 * closed after its last. Skipped only where Chromium is not installed (CI installs it).
 */
abstract class BrowserTest extends ApiTest {

    static Browser browser;

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
}
