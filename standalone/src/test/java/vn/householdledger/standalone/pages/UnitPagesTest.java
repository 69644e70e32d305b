package vn.householdledger.standalone.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.PlanYearRequest;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.standalone.Bodies;

/**
 * Units that change, in Chromium: the admin's page of the units in force on a day and a province registered from
 * it; a merge previewed (each unit's open and listed households, and where they go) before it is confirmed, and a
 * refusal beside its field with nothing written; the committee's choice of that year's units or today's.
 */
class UnitPagesTest extends BrowserTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @Test
    void anAdminRegistersAProvinceAndAUnitInItAndReadsTheUnitsInForceOnADay() {
        String province = "P_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.signIn("admin");
        browser.open("/admin/units");
        browser.type("code", province);
        browser.type("name", "Tỉnh Thử Nghiệm");
        browser.type("officialCode", "99");
        browser.navigate(By.cssSelector("#register-province button[type=submit]"));
        assertThat(browser.text(".notice")).contains("Tỉnh Thử Nghiệm").contains(province);

        String unit = uniqueCommuneCode();
        browser.open("/admin/communes");
        browser.type("code", unit);
        browser.type("name", "Phường Mới Lập");
        browser.choose("kind", "WARD");
        browser.choose("area", "URBAN");
        browser.type("establishedOn", "01/07/2025");
        browser.type("provinceCode", province);
        browser.type("officialCode", "12345");
        browser.type("district", "Thị xã Thử");
        browser.navigate(By.cssSelector("#register-commune button[type=submit]"));
        assertThat(browser.text(".notice")).contains("Phường Mới Lập").contains(unit);

        browser.open("/admin/units?on=01/07/2025");
        assertThat(browser.all("table[data-table=units] tbody tr")).anySatisfy(row -> assertThat(row.getText())
                .contains(unit).contains("Phường Mới Lập").contains("Tỉnh Thử Nghiệm").contains("Thị xã Thử").contains("12345")
                .contains("01/07/2025"));
        browser.open("/admin/units?on=30/06/2025");
        assertThat(browser.text("table[data-table=units]")).as("not yet established").doesNotContain(unit);
    }

    @Test
    void anAdminPreviewsWhatAMergeMovesThenConfirmsIt() {
        units("UNIT_GIAP", "UNIT_AT", "UNIT_BINH");
        listedHousehold("UNIT_GIAP");
        household("UNIT_GIAP");
        listedHousehold("UNIT_AT");
        browser.signIn("admin");
        browser.open("/admin/units/changes/new");
        fillMerge(List.of("UNIT_GIAP", "UNIT_AT"), "UNIT_BINH", "01/07/2025");
        long before = eventCount();

        browser.press("action", "preview");

        assertThat(browser.text("#preview-title")).isEqualTo("Những gì sẽ chuyển (chưa ghi)");
        List<WebElement> moves = browser.all("table[data-table=moves] tbody tr");
        assertThat(moves).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "Phường Giáp 2 1 Phường Bính", "Phường Ất 1 1 Phường Bính");
        assertThat(eventCount()).as("a preview writes nothing").isEqualTo(before);

        browser.press("action", "save");

        assertThat(browser.text(".notice")).contains("Sáp nhập").contains("1686/NQ-UBTVQH15").contains("01/07/2025");
        assertThat(eventCount()).isGreaterThan(before);
        api.as("admin").consistent().get("/api/units?on=2025-07-01");
        browser.open("/admin/units?on=01/07/2025");
        assertThat(browser.all("table[data-table=units] tbody tr")).anySatisfy(row -> assertThat(row.getText())
                .contains("UNIT_BINH").contains("Phường Giáp").contains("Phường Ất"));
        assertThat(browser.text("table[data-table=units]")).doesNotContain("UNIT_GIAP");
    }

    @Test
    void aMergeOfAUnitAlreadyMergedIsRefusedBesideItsUnitsAndWritesNothing() {
        units("UNIT_DINH", "UNIT_MAU", "UNIT_KY");
        assertThat(api.as("admin").post("/api/units/changes", new UnitChangeRequest(null,
                UnitChangeKind.MERGE, JULY_2025, "1686/NQ-UBTVQH15", List.of("UNIT_DINH"), "UNIT_KY",
                null, null, null, null, null)).status()).isEqualTo(201);
        api.as("admin").consistent().get("/api/communes");
        browser.signIn("admin");
        browser.open("/admin/units/changes/new");
        fillMerge(List.of("UNIT_DINH", "UNIT_MAU"), "UNIT_KY", "01/08/2025");
        browser.press("action", "preview");
        long before = eventCount();

        browser.press("action", "save");

        assertThat(browser.errorOf(RuleCode.UNIT_DISSOLVED.field()))
                .startsWith("Đơn vị UNIT_DINH đã sáp nhập hoặc giải thể từ ngày 01/07/2025");
        assertThat(eventCount()).as("a refusal writes nothing").isEqualTo(before);
        assertThat(browser.all("button[name=action][value=save]")).as("a refused change is previewed again before it is sent")
                .isEmpty();
    }

    @Test
    void theCommitteeReadsAYearUnderThatYearsUnitsOrTodaysAndTheExportKeepsTheChoice() {
        int year = 2024;
        units("UNIT_CANH", "UNIT_TAN", "UNIT_NHAM");
        for (String unit : List.of("UNIT_CANH", "UNIT_TAN")) {
            int status = api.as("admin").put("/api/communes/" + unit + "/years/" + year, new PlanYearRequest(100, 5)).status();
            assertThat(status).isEqualTo(200);
        }
        int merged = api.as("admin").post("/api/units/changes", new UnitChangeRequest(null,
                UnitChangeKind.MERGE, JULY_2025, "1686/NQ-UBTVQH15", List.of("UNIT_CANH", "UNIT_TAN"),
                "UNIT_NHAM", null, null, null, null, null)).status();
        assertThat(merged).isEqualTo(201);
        api.as("committee").consistent().get("/api/statistics/communes?year=" + year + "&units=current");

        browser.signIn("committee");
        browser.open("/statistics?year=" + year);
        assertThat(browser.driver.findElement(By.cssSelector("select[name=units] option[selected]")).getText())
                .isEqualTo("Đơn vị hành chính năm đó");
        assertThat(browser.text("table[data-table=communes]")).contains("Phường Canh").contains("Phường Tân").doesNotContain("Phường Nhâm");

        browser.choose("units", "current");
        browser.navigate(By.cssSelector("form.filters button[type=submit]"));

        assertThat(browser.driver.getCurrentUrl()).contains("units=current");
        assertThat(browser.text("table[data-table=communes]")).contains("Phường Nhâm").doesNotContain("Phường Canh");
        assertThat(browser.all("table[data-table=communes] tbody tr")).anySatisfy(row -> assertThat(row.getText())
                .startsWith("Phường Nhâm 200"));
        assertThat(browser.driver.findElement(By.cssSelector("a.export[href*='export=xlsx']")).getAttribute("href"))
                .contains("units=current");
        browser.open("/escapes?year=" + year + "&units=current");
        assertThat(browser.driver.findElement(By.cssSelector("select[name=units] option[selected]")).getText())
                .isEqualTo("Đơn vị hành chính hiện nay");
    }

    /** Three wards, the last established on 1 July 2025 to receive the others; registered once in the test run. */
    private void units(String first, String second, String into) {
        ensureUnit(new RegisterCommuneRequest(first, name(first), CommuneKind.WARD, Area.URBAN));
        ensureUnit(new RegisterCommuneRequest(second, name(second), CommuneKind.WARD, Area.URBAN));
        ensureUnit(new RegisterCommuneRequest(into, name(into), CommuneKind.WARD, Area.URBAN, JULY_2025, null, null, null));
    }

    private void ensureUnit(RegisterCommuneRequest unit) {
        assertThat(api.as("admin").post("/api/communes", unit).status()).isIn(201, 409);
    }

    private static String name(String code) {
        return switch (code) {
            case "UNIT_GIAP" -> "Phường Giáp";
            case "UNIT_AT" -> "Phường Ất";
            case "UNIT_BINH" -> "Phường Bính";
            case "UNIT_DINH" -> "Phường Đinh";
            case "UNIT_MAU" -> "Phường Mậu";
            case "UNIT_KY" -> "Phường Kỷ";
            case "UNIT_CANH" -> "Phường Canh";
            case "UNIT_TAN" -> "Phường Tân";
            default -> "Phường Nhâm";
        };
    }

    private UUID household(String unit) {
        var registered = api.as("unit-pages").post("/api/households", household(unit, uniqueCode("UN")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return UUID.fromString(registered.json().get("householdId").asText());
    }

    /** A household near-poor by last year's review: on the lists today. */
    private void listedHousehold(String unit) {
        UUID household = household(unit);
        int last = LocalDate.now(BusinessCalendar.VIETNAM).getYear() - 1;
        assertThat(api.as("unit-pages").post("/api/households/" + household + "/assessments",
                Bodies.assessment(last, LocalDate.of(last, 11, 20).toString(), 800_000, List.of(), List.of("LACK_CAPITAL"), true))
                .status()).isEqualTo(201);
        api.as("unit-pages").consistent().get("/api/households/" + household);
    }

    /** Fills a merge in; units another test left chosen (a form not saved is filled in again, forms.js) are unchosen. */
    private void fillMerge(List<String> from, String into, String effectiveOn) {
        browser.all("input[name=from]:checked").forEach(WebElement::click);
        browser.choose("kind", "MERGE");
        browser.type("effectiveOn", effectiveOn);
        browser.type("reference", "1686/NQ-UBTVQH15");
        from.forEach(unit -> browser.check("from", unit));
        browser.choose("into", into);
    }
}
