package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.query.projection.ProjectionNodes;

/**
 * The admin's pages in Chromium: a read model rebuilt from its page and seen live again, with the node
 * that holds each of its segments, a commune registered and its year's figures set, the district's
 * targets set, and each refusal beside its field with nothing written.
 */
class AdminPagesTest extends BrowserTest {

    @Autowired
    private ProjectionNodes nodes;

    @BeforeEach
    void signIn() {
        browser.signIn("admin");
    }

    @Test
    void anAdminRebuildsAProjectionFromThePageAndSeesItLiveAgain() {
        assertThat(browser.text("h1")).as("an admin starts on the read models").isEqualTo("Bảng đọc (projection)");
        assertThat(browser.text("tr[data-projection=targets]")).contains("Đang chạy");
        // A row no event explains: only a real rebuild clears it.
        jdbc.update("INSERT INTO query_side.district_target (year, code, value) VALUES (2097, 'CHILDREN_IN_SCHOOL', 50)");

        browser.navigate(By.cssSelector("button[name=rebuild][value=targets]"));

        assertThat(browser.text(".notice")).contains("Đang dựng lại: targets");
        browser.waiting().until(d -> {
            browser.open("/admin/projections");
            return browser.text("tr[data-projection=targets] .state").equals("Đang chạy")
                    && jdbc.queryForObject("SELECT count(*) FROM query_side.district_target WHERE year = 2097", Long.class) == 0;
        });
        assertThat(browser.text("tr[data-projection=targets] .lag")).isEqualTo("0");
        assertThat(browser.text("tr[data-projection=targets] .segment[data-segment='0']")).isEqualTo("0: " + nodes.node());
    }

    @Test
    void anAdminRegistersACommuneAndSetsItsYearAndARefusalShowsBesideItsField() {
        String code = uniqueCommuneCode();
        browser.open("/admin/communes");
        browser.type("code", code);
        browser.type("name", "Xã Thử Nghiệm");
        browser.choose("kind", "COMMUNE");
        browser.choose("area", "RURAL");
        browser.navigate(By.cssSelector("#register-commune button[type=submit]"));
        assertThat(browser.text(".notice")).contains("Xã Thử Nghiệm").contains(code);
        assertThat(browser.text("table[data-table=communes]")).contains(code).contains("Xã Thử Nghiệm");

        long before = eventCount();
        browser.type("code", code);
        browser.type("name", "Xã Khác");
        browser.navigate(By.cssSelector("#register-commune button[type=submit]"));
        assertThat(browser.errorOf(RuleCode.DUPLICATE_CODE.field())).isEqualTo("Đã có xã (phường) mang mã " + code);
        assertThat(eventCount()).as("a refusal writes nothing").isEqualTo(before);

        browser.choose("communeCode", code);
        browser.type("year", "2096");
        browser.type("households", "1.200");
        browser.type("poorTargetEndOfYear", "1.500");
        browser.navigate(By.cssSelector("#plan-year button[type=submit]"));
        assertThat(browser.errorOf("poorTargetEndOfYear")).isEqualTo("không được vượt quá 1200 hộ của xã");
        assertThat(eventCount()).as("a refusal writes nothing").isEqualTo(before);

        browser.type("poorTargetEndOfYear", "30");
        browser.navigate(By.cssSelector("#plan-year button[type=submit]"));
        assertThat(browser.text(".notice")).contains("2096").contains("1.200 hộ").contains("30 hộ nghèo");
        assertThat(eventCount()).isEqualTo(before + 1);
        Long households = jdbc.queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, code);
        assertThat(households).as("the commune's registration and its year").isEqualTo(2);
    }

    @Test
    void anAdminSetsTheDistrictsTargetsWithADecimalCommaAndAWrongValueIsRefusedBesideItsField() {
        int year = 2090 + LocalDate.now().getDayOfYear() % 5;
        browser.open("/admin/targets");
        browser.type("year", Integer.toString(year));
        browser.type("POOR_WITH_SANITARY_TOILET", "150");
        browser.type("CHILDREN_IN_SCHOOL", "92,5");
        long before = eventCount();
        browser.navigate(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.errorOf("POOR_WITH_SANITARY_TOILET")).isEqualTo("phải là tỉ lệ phần trăm từ 0 đến 100");
        assertThat(browser.driver.findElement(By.name("CHILDREN_IN_SCHOOL")).getAttribute("value")).isEqualTo("92,5");
        assertThat(eventCount()).as("a refusal writes nothing").isEqualTo(before);

        browser.type("POOR_WITH_SANITARY_TOILET", "60");
        browser.navigate(By.cssSelector("form.form button[type=submit]"));

        assertThat(browser.text(".notice")).isEqualTo("Đã lưu 2 chỉ tiêu của năm " + year + ".");
        assertThat(api.as("committee").consistent().get("/api/targets/" + year).json().get("targets"))
                .anySatisfy(t -> {
                    assertThat(t.get("code").asText()).isEqualTo("CHILDREN_IN_SCHOOL");
                    assertThat(t.get("target").decimalValue()).isEqualByComparingTo("92.5");
                });
    }
}
