package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.standalone.Bodies;

/**
 * The committee's pages in Chromium: the plan's targets of a year against their value now, with the
 * Vietnamese decimal comma, and the escape pledges of a year with what the review made of each.
 */
class CommitteePagesTest extends BrowserTest {

    @Test
    void theCommitteeReadsTheYearsTargetsAgainstTheirValueNow() {
        int year = 2085;
        assertThat(api.as("admin").put("/api/targets/" + year, Map.of("targets", List.of(
                Map.of("code", "POOR_WITH_SANITARY_TOILET", "value", 92.5)))).status()).isEqualTo(200);
        api.as("committee").consistent().get("/api/targets/" + year);

        browser.signIn("committee");
        browser.open("/targets?year=" + year);

        assertThat(browser.text("h1")).isEqualTo("Chỉ tiêu năm " + year + " và kết quả đến nay");
        assertThat(browser.text("table[data-table=district]")).contains("Hộ nghèo có nhà tiêu hợp vệ sinh").contains("92,50 %");
    }

    @Test
    void theCommitteeSeesWhoPledgedToEscapeAndWhetherTheyDid() {
        // Near-poor by last year's review, not poor by this year's, under whichever standard applies.
        LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);
        int year = today.getYear();
        UUID escaped = registerHousehold(HA_LAN);
        assess(escaped, year - 1, LocalDate.of(year - 1, 11, 20), 800_000);
        assertThat(api.as("worker").post("/api/households/" + escaped + "/escape-pledges", Map.of("year", year)).status()).isEqualTo(201);
        assess(escaped, year, today, 3_000_000);
        String code = api.as("worker").consistent().get("/api/households/" + escaped).json().get("code").asText();

        browser.signIn("committee");
        browser.open("/escape-pledges?year=" + year + "&commune=" + HA_LAN + "&size=100");

        assertThat(browser.text("h1")).isEqualTo("Hộ đăng ký thoát nghèo năm " + year);
        assertThat(browser.all("table[data-table=pledges] tbody tr"))
                .anySatisfy(row -> assertThat(row.getText()).contains(code).contains("Nguyễn Văn Hùng").contains("Đã thoát nghèo"));
    }

    private void assess(UUID household, int year, LocalDate on, long income) {
        assertThat(api.as("worker").post("/api/households/" + household + "/assessments",
                Bodies.assessment(year, on.toString(), income, List.of(), List.of("LACK_CAPITAL"), true)).status()).isEqualTo(201);
    }
}
