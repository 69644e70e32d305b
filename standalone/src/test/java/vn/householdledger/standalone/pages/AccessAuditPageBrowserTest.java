package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An auditor sees on a household's page who looked at it, follows the link to the household's whole
 * access log, filters it by account, and is told beside the field when a household id is not one.
 */
class AccessAuditPageBrowserTest extends BrowserTest {

    @Test
    void anAuditorSeesWhoLookedAtACaseAndFiltersTheAccessLog() {
        UUID household = householdTheWorkerRead();
        browser.signIn("auditor");
        browser.open("/households/" + household);
        assertThat(browser.text("#readers-title")).isEqualTo("Ai đã xem hồ sơ này");
        assertThat(browser.text("section.readers ul")).contains("auditor").contains("worker").contains("Hồ sơ hộ");

        browser.navigate(By.cssSelector("section.readers a"));
        assertThat(browser.text("h1")).isEqualTo("Nhật ký truy cập hồ sơ");
        assertThat(browser.text("table[data-table=access]")).contains("worker").contains("auditor").contains(household.toString());

        browser.type("account", "worker");
        browser.navigate(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.all("table[data-table=access] tbody tr")).hasSize(1);
        assertThat(browser.text("table[data-table=access] tbody")).contains("worker").doesNotContain("auditor");

        browser.open("/audit/access?householdId=abc&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Access log of the cases");
        assertThat(browser.errorOf("householdId")).contains("household's id");
    }

    @Test
    void aWorkerSeesNoReadersAndNoAccessLog() {
        UUID household = householdTheWorkerRead();
        browser.signIn("worker");
        browser.open("/households/" + household);
        assertThat(browser.all("section.readers")).isEmpty();
        browser.open("/audit/access");
        assertThat(browser.text("h1")).contains("403");
    }

    /** A household registered and read by its worker once its case is on the read side. */
    private UUID householdTheWorkerRead() {
        UUID household = registerHousehold(HA_LAN);
        assertThat(api.as("worker").consistent().get("/api/households/" + household).status()).isEqualTo(200);
        return household;
    }
}
