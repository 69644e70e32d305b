package vn.householdledger.standalone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.review.ListingReason;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.household.AssessmentVoided;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.standalone.Bodies;
import vn.householdledger.testing.LedgerApi;

/**
 * {@code GET /api/households/{id}/certificate}: a poor or near-poor household's certificate (giấy chứng
 * nhận) of the class its latest assessment not voided recognises, naming the commune, the decision that
 * recognised it (number and date), the head and the members; {@code 409 NOT_LISTED} for any other
 * household; read as the household's case is. The PDF is read back by extracting its text.
 */
class CertificateApiTest extends ReviewApiTest {

    @Test
    void aHouseholdTheReviewDecidedPoorHasACertificateNamingTheDecision() {
        String code = uniqueCode("P");
        UUID poor = household(HA_LAN, code, "Thôn Nam", "Hoàng Thị Thu Hà", "Nguyễn Minh Đức");
        decidedReview(Map.of(poor, 600_000L), "45/QĐ-UBND", "2017-12-15");

        LedgerApi.Download certificate = certificate("worker", poor);

        assertThat(certificate.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(certificate.header("Content-Disposition")).contains("attachment").contains(code + ".pdf");
        List<String> pages = PdfText.pages(certificate.body());
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("ỦY BAN NHÂN DÂN", "XÃ HÀ LAN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN HỘ NGHÈO", "Năm 2018",
                "Căn cứ Quyết định số 45/QĐ-UBND ngày 15 tháng 12 năm 2017 của Chủ tịch Ủy ban nhân dân Xã Hà Lan",
                "Hộ gia đình ông/bà: Hoàng Thị Thu Hà", "Mã hộ: " + code, "(Thôn Nam)",
                "Là hộ nghèo năm 2018 theo chuẩn nghèo VN_2016_2020", "Nguyễn Minh Đức", "Chủ hộ", "Con",
                "Xã Hà Lan, ngày 15 tháng 12 năm 2017", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(certificate("auditor", poor).status()).isEqualTo(200);
    }

    @Test
    void aNearPoorHouseholdHasTheNearPoorCertificate() {
        UUID nearPoor = household(HA_LAN, uniqueCode("CN"), "Thôn Nam", "Trương Thị Mỹ");
        decidedReview(Map.of(nearPoor, 850_000L), "46/QĐ-UBND", "2017-12-18");

        assertThat(PdfText.pages(certificate("worker", nearPoor).body()).get(0))
                .contains("GIẤY CHỨNG NHẬN HỘ CẬN NGHÈO", "Là hộ cận nghèo năm 2018", "46/QĐ-UBND", "Trương Thị Mỹ");
    }

    @Test
    void aHouseholdNeitherPoorNorNearPoorIsNotListed() {
        UUID notPoor = household(HA_LAN, uniqueCode("KN"), "Thôn Nam", "Đinh Văn Khải");
        UUID neverAssessed = household(HA_LAN, uniqueCode("CX"), "Thôn Nam", "Mai Thị Xuân");
        decidedReview(Map.of(notPoor, 2_000_000L), "47/QĐ-UBND", "2017-12-18");
        long before = eventCount();

        assertRuleViolation(api.as("worker").consistent().get(certificatePath(notPoor)), "NOT_LISTED");
        assertRuleViolation(api.as("worker").consistent().get(certificatePath(neverAssessed)), "NOT_LISTED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aClosedCaseHasNoCertificate() {
        UUID closed = household(HA_LAN, uniqueCode("DG"), "Thôn Nam", "Kiều Thị Oanh");
        decidedReview(Map.of(closed, 600_000L), "48/QĐ-UBND", "2017-12-18");
        LedgerApi.Response closure = api.as("worker").post("/api/households/" + closed + "/closure",
                Map.of("reason", "MOVED_AWAY", "date", "2018-03-01"));
        assertThat(closure.status()).as(closure.toString()).isBetween(200, 201);

        assertRuleViolation(api.as("worker").consistent().get(certificatePath(closed)), "NOT_LISTED");
    }

    @Test
    void aVoidedOutcomeLeavesTheCertificateOfTheAssessmentBeforeIt() {
        UUID household = household(HA_LAN, uniqueCode("V"), "Thôn Nam", "Quách Thị Yến");
        Map<String, Object> fromPaper = Bodies.fields(Bodies.assessment(2016, "2016-12-10", 550_000, List.of(),
                List.of("LACK_LAND"), true));
        fromPaper.put("decisionNumber", "12/QĐ-UBND");
        LedgerApi.Response assessed = api.as("worker").post("/api/households/" + household + "/assessments", fromPaper);
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        RecordedReview review = decidedReview(Map.of(household, 2_000_000L), "49/QĐ-UBND", "2017-12-18");
        assertRuleViolation(api.as("worker").consistent().get(certificatePath(household)), "NOT_LISTED");

        voidAssessment(household, reviewOutcome(household, review.id()));

        assertThat(PdfText.pages(certificate("worker", household).body()).get(0)).contains("GIẤY CHỨNG NHẬN HỘ NGHÈO",
                "Năm 2017", "Căn cứ Quyết định số 12/QĐ-UBND ngày 10 tháng 12 năm 2016", "Quách Thị Yến")
                .doesNotContain("49/QĐ-UBND");
    }

    @Test
    void theCertificateIsReadAsTheHouseholdsCaseIs() {
        UUID poor = household(HA_LAN, uniqueCode("R"), "Thôn Nam", "Tạ Thị Nga");
        decidedReview(Map.of(poor, 600_000L), "50/QĐ-UBND", "2017-12-18");
        long before = eventCount();

        for (String account : List.of("other", "committee", "chair", "admin")) {
            assertProblem(api.as(account).consistent().get(certificatePath(poor)), 403);
        }
        assertProblem(api.anonymous().get(certificatePath(poor)), 401);
        assertProblem(api.as("worker").consistent().get(certificatePath(UUID.randomUUID())), 404);
        assertInvalid(api.as("worker").get(certificatePath(poor) + "&format=xlsx"), "format");
        assertInvalid(api.as("worker").get("/api/households/someone/certificate"), "householdId");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** A periodic review of 2017 in Hà Lan that surveys each household at its income and decides them all. */
    private RecordedReview decidedReview(Map<UUID, Long> incomes, String decisionNumber, String decidedOn) {
        RecordedReview review = openReview(HA_LAN, 2017, ReviewKind.PERIODIC, "2017-09-04");
        incomes.forEach((household, income) -> {
            review.list(household, "Thôn Nam", ListingReason.ON_LIST, day("2017-09-05"));
            review.survey(household, day("2017-09-25"), income, List.of(), true);
        });
        review.meeting("Thôn Nam", day("2017-10-10"), List.copyOf(incomes.keySet()), List.of());
        review.posting(day("2017-11-06"));
        review.decision(day(decidedOn), decisionNumber);
        return review;
    }

    /** The id of the assessment the review's decision sent to the household. */
    private UUID reviewOutcome(UUID household, UUID review) {
        return UUID.fromString(jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'assessmentId' FROM event_store.domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'reviewId' = ?""",
                String.class, household.toString(), HouseholdAssessed.class.getName(), review.toString()));
    }

    /**
     * Voids an assessment as {@code POST /api/households/{id}/assessments/{assessmentId}/voiding} records it (the
     * household side's request, being built beside this one): the household's next event.
     */
    private void voidAssessment(UUID household, UUID assessment) {
        ObjectNode voided = LedgerApi.JSON.createObjectNode().put("householdId", household.toString())
                .put("assessmentId", assessment.toString()).put("reason", "Khảo sát nhầm hộ").put("voidedOn", "2018-01-10");
        appendStoredEvent(household, AssessmentVoided.class, voided);
    }

    private LedgerApi.Download certificate(String account, UUID household) {
        LedgerApi.Download download = api.as(account).consistent().download(certificatePath(household));
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download;
    }

    private static String certificatePath(UUID household) {
        return "/api/households/" + household + "/certificate?format=pdf";
    }
}
