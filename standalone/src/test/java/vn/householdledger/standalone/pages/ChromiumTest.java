package vn.householdledger.standalone.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.householdledger.standalone.ApiTest;

/**
 * The base of a class of page tests: one headless Chromium for the class's tests, started on the first
 * and closed after the last; skipped only where Chromium is not installed (CI installs it).
 */
abstract class ChromiumTest extends ApiTest {

    protected static Browser browser;

    @BeforeAll
    static void chromium() {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed in /usr/bin");
    }

    @BeforeEach
    void startBrowser() {
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
