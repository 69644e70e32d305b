package vn.householdledger.standalone.household;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertInvalid;
import static vn.householdledger.standalone.Problems.assertProblem;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.householdledger.api.household.AssessmentPreviewRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.standalone.ApiTest;

/**
 * {@code POST /api/assessments/preview}: the class an assessment would get, computed by the code the
 * household's own assessment uses, so the preview and the recorded answer agree; it writes nothing.
 */
class AssessmentPreviewApiTest extends ApiTest {

    private static AssessmentPreviewRequest preview(String commune, int year, long income, List<String> deprivations,
                                                    List<PovertyCause> causes) {
        return new AssessmentPreviewRequest(commune, year, null, null, income, deprivations, causes, true, null);
    }

    @ParameterizedTest(name = "{0} {1}: {2} đ, {3}")
    @CsvSource({
            "HA_LAN, 2017, 650000, HEALTH_INSURANCE",
            "HA_LAN, 2017, 950000, HEALTH_INSURANCE;HOUSING_QUALITY;SANITARY_TOILET",
            "BAC_SON, 2017, 1200000, HEALTH_INSURANCE",
            "BAC_SON, 2022, 1900000, EMPLOYMENT;NUTRITION;HOUSING_AREA",
            "HA_LAN, 2026, 2100000, WASTE_TREATMENT"})
    void aPreviewAnswersWhatTheRecordedAssessmentThenAnswersAndWritesNothing(String commune, int year, long income,
                                                                            String found) {
        List<String> deprivations = List.of(found.split(";"));
        long before = eventCount();
        JsonNode preview = api.as("worker").post("/api/assessments/preview",
                preview(commune, year, income, deprivations, List.of(PovertyCause.LACK_CAPITAL))).json();
        assertThat(eventCount()).as("a preview writes nothing").isEqualTo(before);

        UUID household = registerHousehold(commune);
        LocalDate on = LocalDate.of(year, 11, 20);
        JsonNode recorded = api.as("worker").post("/api/households/" + household + "/assessments", new AssessmentRequest(
                year, on, null, income, deprivations, List.of(PovertyCause.LACK_CAPITAL), true, null, null)).json();
        for (String field : List.of("classification", "standard", "basis", "explanation")) {
            assertThat(preview.get(field)).as(field).isEqualTo(recorded.get(field));
        }
    }

    @Test
    void aPreviewIsRefusedAsTheAssessmentWouldBe() {
        long before = eventCount();
        assertInvalid(api.as("worker").post("/api/assessments/preview",
                preview(HA_LAN, 2017, 650_000, List.of("EMPLOYMENT"), List.of())), "deprivations");
        assertRuleViolation(api.as("worker").post("/api/assessments/preview", preview(HA_LAN, 2017, 650_000, List.of(),
                List.of(PovertyCause.LACK_CAPITAL, PovertyCause.LACK_LAND, PovertyCause.LACK_JOBS))), "TOO_MANY_CAUSES");
        assertInvalid(api.as("worker").post("/api/assessments/preview",
                preview("NO_SUCH_COMMUNE", 2017, 650_000, List.of(), List.of())), "communeCode");
        assertInvalid(api.as("worker").post("/api/assessments/preview",
                preview(HA_LAN, 1980, 650_000, List.of(), List.of())), "year");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyAWorkerOfTheCommunePreviews() {
        AssessmentPreviewRequest haLan = preview(HA_LAN, 2017, 650_000, List.of(), List.of());
        assertProblem(api.as("other").post("/api/assessments/preview", haLan), 403);
        assertProblem(api.as("auditor").post("/api/assessments/preview", haLan), 403);
        assertProblem(api.anonymous().post("/api/assessments/preview", haLan), 401);
        assertThat(api.as("worker").post("/api/assessments/preview", haLan).status()).isEqualTo(200);
    }
}
