package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;
import static vn.householdledger.standalone.review.ReviewSteps.ok;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/households/{id}/certificate}: a poor or near-poor household's certificate (giấy chứng
 * nhận) of the class its latest assessment not voided recognises, naming the commune, the decision that
 * recognised it (number and date), the head and the members; {@code 409 NOT_LISTED} for any other
 * household; read as the household's case is. The PDF is read back by extracting its text. Each test's
 * commune is its own, named with Vietnamese accents.
 */
class CertificateApiTest extends ReviewApiTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private ReviewSteps steps;

    @BeforeEach
    void aCommuneOfItsOwn() {
        steps = freshCommune();
    }

    @Test
    void aHouseholdTheReviewDecidedPoorHasACertificateNamingTheDecision() {
        String code = uniqueCode("P");
        UUID poor = steps.household(code, "Thôn Nam", "Hoàng Thị Thu Hà", "Nguyễn Minh Đức");
        decidedReview(Map.of(poor, 600_000L), "45/QĐ-UBND", "2017-12-15");

        LedgerApi.Download certificate = certificate(steps.worker(), poor);

        assertThat(certificate.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(certificate.header("Content-Disposition")).contains("attachment").contains(code + ".pdf");
        assertThat(jdbc.queryForObject("SELECT what FROM query_side.read_audit WHERE household_id = ? ORDER BY id DESC LIMIT 1",
                String.class, poor)).as("the download is a read of the household").isEqualTo("CERTIFICATE");
        List<String> pages = PdfText.pages(certificate.body());
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("ỦY BAN NHÂN DÂN", steps.name.toUpperCase(VIETNAMESE), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN HỘ NGHÈO", "Năm 2018",
                "Căn cứ Quyết định số 45/QĐ-UBND ngày 15 tháng 12 năm 2017 của Chủ tịch Ủy ban nhân dân " + steps.name,
                "Hộ gia đình ông/bà: Hoàng Thị Thu Hà", "Mã hộ: " + code, "(Thôn Nam)",
                "Là hộ nghèo năm 2018 theo chuẩn nghèo VN_2016_2020", "Nguyễn Minh Đức", "Chủ hộ", "Con",
                steps.name + ", ngày 15 tháng 12 năm 2017", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(certificate(api.as("auditor"), poor).status()).isEqualTo(200);
    }

    @Test
    void aNearPoorHouseholdHasTheNearPoorCertificate() {
        UUID nearPoor = steps.household(uniqueCode("CN"), "Thôn Nam", "Trương Thị Mỹ");
        decidedReview(Map.of(nearPoor, 850_000L), "46/QĐ-UBND", "2017-12-18");

        assertThat(PdfText.pages(certificate(steps.worker(), nearPoor).body()).get(0))
                .contains("GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO", "Là hộ cận nghèo năm 2018", "46/QĐ-UBND", "Trương Thị Mỹ");
    }

    @Test
    void aHouseholdNeitherPoorNorNearPoorIsNotListed() {
        UUID notPoor = steps.household(uniqueCode("KN"), "Thôn Nam", "Đinh Văn Khải");
        UUID neverAssessed = steps.household(uniqueCode("CX"), "Thôn Nam", "Mai Thị Xuân");
        decidedReview(Map.of(notPoor, 2_000_000L), "47/QĐ-UBND", "2017-12-18");
        long before = eventCount();

        assertRuleViolation(steps.worker().consistent().get(certificatePath(notPoor)), "NOT_LISTED");
        assertRuleViolation(steps.worker().consistent().get(certificatePath(neverAssessed)), "NOT_LISTED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aClosedCaseHasNoCertificate() {
        UUID closed = steps.household(uniqueCode("DG"), "Thôn Nam", "Kiều Thị Oanh");
        decidedReview(Map.of(closed, 600_000L), "48/QĐ-UBND", "2017-12-18");
        ok(steps.worker().post("/api/households/" + closed + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2018-03-01")));

        assertRuleViolation(steps.worker().consistent().get(certificatePath(closed)), "NOT_LISTED");
    }

    @Test
    void aVoidedOutcomeLeavesTheCertificateOfTheAssessmentBeforeIt() {
        UUID household = steps.household(uniqueCode("V"), "Thôn Nam", "Quách Thị Yến");
        Map<String, Object> fromPaper = Bodies.fields(Bodies.assessment(2016, "2016-12-10", 550_000, List.of(),
                List.of("LACK_LAND"), true));
        fromPaper.put("decisionNumber", "12/QĐ-UBND");
        ok(steps.worker().post("/api/households/" + household + "/assessments", fromPaper));
        decidedReview(Map.of(household, 2_000_000L), "49/QĐ-UBND", "2017-12-18");
        assertRuleViolation(steps.worker().consistent().get(certificatePath(household)), "NOT_LISTED");

        String reviewOutcome = steps.assessmentsOf(household).get(0).payload().get("assessmentId").asText();
        ok(steps.worker().post("/api/households/" + household + "/assessments/" + reviewOutcome + "/voiding",
                new VoidingRequest("Khảo sát nhầm hộ")));

        assertThat(PdfText.pages(certificate(steps.worker(), household).body()).get(0)).contains("GIẤY CHỨNG NHẬN HỘ NGHÈO",
                "Năm 2017", "Căn cứ Quyết định số 12/QĐ-UBND ngày 10 tháng 12 năm 2016", "Quách Thị Yến")
                .doesNotContain("49/QĐ-UBND");
    }

    @Test
    void theCertificateIsReadAsTheHouseholdsCaseIs() {
        UUID poor = steps.household(uniqueCode("R"), "Thôn Nam", "Tạ Thị Nga");
        decidedReview(Map.of(poor, 600_000L), "50/QĐ-UBND", "2017-12-18");
        long before = eventCount();

        for (LedgerApi.Request outsider : List.of(api.as("other"), api.as("committee"), steps.chair(), api.as("admin"))) {
            assertProblem(outsider.consistent().get(certificatePath(poor)), 403);
        }
        assertProblem(api.anonymous().get(certificatePath(poor)), 401);
        assertProblem(steps.worker().consistent().get(certificatePath(UUID.randomUUID())), 404);
        assertInvalid(steps.worker().get(certificatePath(poor) + "&format=xlsx"), "format");
        assertInvalid(steps.worker().get("/api/households/someone/certificate"), "householdId");
        assertThat(eventCount()).isEqualTo(before);
    }

    /**
     * The commune's periodic review of 2017 that surveys each household at its income and decides them all; it is
     * marked overdue (its due day long past) before the decision, which reaches every household before the test goes on.
     */
    private void decidedReview(Map<UUID, Long> incomes, String decisionNumber, String decidedOn) {
        ok(steps.open(ReviewKind.PERIODIC, 2017, day("2017-09-04")));
        incomes.forEach((household, income) -> {
            ok(steps.list(household));
            ok(steps.survey(household, day("2017-09-25"), income));
        });
        ok(steps.meet("Thôn Nam", day("2017-10-10"), List.copyOf(incomes.keySet()), List.of()));
        ok(steps.post(day("2017-11-06")));
        steps.awaitOverdue();
        ok(steps.decide(day(decidedOn), decisionNumber));
        steps.awaitDecisionReachedItsHouseholds();
    }

    private static LedgerApi.Download certificate(LedgerApi.Request reader, UUID household) {
        LedgerApi.Download download = reader.consistent().download(certificatePath(household));
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download;
    }

    private static String certificatePath(UUID household) {
        return "/api/households/" + household + "/certificate?format=pdf";
    }
}
