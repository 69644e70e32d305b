package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.householdledger.api.http.PagePolicy;

/**
 * Every page and the sign-in page carry the page policy (no inline script, no style attribute, no frame
 * of another site) and the usual headers, and the main pages of each role run under it in Chromium without
 * one refusal in the console: the forms, the menu and the committee's ECharts charts all load from files.
 */
class PagePolicyBrowserTest extends BrowserTest {

    @Test
    void theSignInPageAndThePagesCarryThePolicyAndTheUsualHeaders() throws Exception {
        HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertUsualHeaders(signIn);

        browser.signIn("worker");
        assertUsualHeaders(browser.download("/households"));
    }

    @Test
    void theMainPagesOfEachRoleRunWithoutARefusalOfThePolicy() {
        UUID household = registerHousehold(HA_LAN);
        api.as("worker").consistent().get("/api/households/" + household);
        browser.open("/login");
        assertNoRefusal("/login");

        pages("worker", "/households", "/households/new", "/households/" + household, "/households/" + household + "/assessments/new",
                "/poverty-list", "/reviews", "/imports");
        pages("committee", "/statistics?year=2018", "/statistics/flows?year=2018", "/statistics/findings?year=2018",
                "/reports/review-results", "/targets", "/escapes");
        pages("auditor", "/households/" + household + "/history", "/audit/assistance");
        pages("admin", "/admin/communes", "/admin/projections");
    }

    /** What the console shows is what the policy refuses: a script put into a page does not run, and is reported. */
    @Test
    void aScriptPutIntoAPageDoesNotRunAndIsReported() {
        browser.signIn("worker");
        browser.open("/households");
        browser.console();

        ((JavascriptExecutor) browser.driver).executeScript("var injected = document.createElement('script');"
                + "injected.textContent = 'document.title = \"injected\"'; document.body.appendChild(injected);");

        assertThat(browser.driver.getTitle()).isNotEqualTo("injected");
        assertThat(browser.console()).anyMatch(message -> message.contains("Content Security Policy"));
    }

    private void pages(String account, String... paths) {
        browser.signIn(account);
        browser.console();
        for (String path : paths) {
            browser.open(path);
            assertNoRefusal(path);
        }
    }

    private static void assertNoRefusal(String path) {
        List<String> console = browser.console();
        assertThat(console).as(path).noneMatch(message -> message.contains("Content Security Policy"));
    }

    private static void assertUsualHeaders(HttpResponse<?> page) {
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(PagePolicy.CONTENT_SECURITY_POLICY);
        assertThat(PagePolicy.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
