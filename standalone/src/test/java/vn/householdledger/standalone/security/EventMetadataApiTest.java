package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.standalone.review.ReviewSteps;
import vn.householdledger.testing.LedgerApi;

/**
 * Every event records who caused it ({@code recordedBy}), the request that carried it
 * ({@code idempotencyKey}, or a generated {@code requestId}) and the client's address, as metadata
 * in the event store.
 */
class EventMetadataApiTest extends ApiTest {

    /**
     * Every event record of shared-events (not the values events hold, nor {@code Listing}, the rule a
     * status follows): a new one must be recorded by {@link #oneOfEachEventType} too.
     */
    private static List<String> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
                && reader.getClassMetadata().getSuperClassName().equals(Record.class.getName()));
        return scanner.findCandidateComponents("vn.householdledger.events").stream()
                .map(bean -> bean.getBeanClassName().substring(bean.getBeanClassName().lastIndexOf('.') + 1))
                .filter(name -> !name.contains("$") && !List.of("Member", "Target", "Listing").contains(name))
                .toList();
    }

    record StoredEvent(String aggregate, String type, JsonNode metadata) {
    }

    @Test
    void everyEventTypeCarriesWhoRecordedItThroughWhichRequestAndFromWhere() {
        Recorded recorded = oneOfEachEventType();

        List<StoredEvent> events = eventsOf(recorded.aggregates());
        for (StoredEvent event : events) {
            JsonNode metadata = event.metadata();
            assertThat(metadata.path("recordedBy").asText()).as("recordedBy of %s", event).isEqualTo(recorderOf(event.type()));
            if (metadata.has("idempotencyKey")) {
                assertThat(recorded.keys()).as("idempotencyKey of %s", event)
                        .containsEntry(event.type(), metadata.path("idempotencyKey").asText());
            } else {
                assertThat(UUID.fromString(metadata.path("requestId").asText())).as("requestId of %s", event).isNotNull();
            }
            if (!event.type().equals("ReviewBecameOverdue")) {
                assertThat(metadata.path("clientAddress").asText()).as("clientAddress of %s", event).isNotBlank();
            }
            assertThat(metadata.has("requestHash")).as("the request hash stays on the command").isFalse();
        }
        assertThat(events.stream().map(StoredEvent::type).distinct()).containsExactlyInAnyOrderElementsOf(eventTypes());
        recorded.keys().forEach((type, key) -> assertThat(events).as("an event of %s carries its key", type)
                .anyMatch(e -> e.type().equals(type) && key.equals(e.metadata().path("idempotencyKey").asText())));
    }

    /**
     * Who records each type: an admin the communes, provinces, unit changes, the district's plans and an erasure, the chair the review's decision,
     * the job that keeps the reviews' due days an overdue review (on no request, so from no client address),
     * a worker everything else.
     */
    private static String recorderOf(String type) {
        if (type.startsWith("Commune") || type.startsWith("District") || type.startsWith("Province") || type.startsWith("Unit")) {
            return "admin";
        }
        return switch (type) {
            case "ReviewDecided" -> "chair";
            case "HouseholdErased" -> "admin";
            case "ReviewBecameOverdue" -> "review-deadline";
            default -> "worker";
        };
    }

    @Test
    void theHistoryShowsWhoRecordedEachEvent() {
        UUID household = registerHousehold(HA_LAN);
        api.as("worker").post("/api/households/" + household + "/members", member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null));

        JsonNode events = api.as("auditor").get("/api/households/" + household + "/history").json().get("events");

        assertThat(events.findValuesAsText("recordedBy")).containsExactly("worker", "worker");
    }

    @Test
    void noStoredEventLacksItsAuthorOrItsRequest() {
        oneOfEachEventType();

        List<String> unattributed = jdbc.queryForList("""
                SELECT payload_type || ' #' || global_index FROM event_store.domain_event_entry
                 WHERE NOT (convert_from(meta_data, 'UTF8')::jsonb ? 'recordedBy')
                    OR NOT (convert_from(meta_data, 'UTF8')::jsonb ?| array['idempotencyKey', 'requestId'])""", String.class);

        assertThat(unattributed).isEmpty();
    }

    /** The aggregates written, and the Idempotency-Key sent for each event type (none: a request id is made). */
    record Recorded(List<String> aggregates, Map<String, String> keys) {
    }

    /** Records one event of each type, some with an Idempotency-Key and some without. */
    private Recorded oneOfEachEventType() {
        String commune = uniqueCommuneCode();
        String communeKey = UUID.randomUUID().toString();
        api.as("admin").idempotencyKey(communeKey).post("/api/communes",
                Map.of("code", commune, "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL"));
        api.as("admin").put("/api/communes/" + commune + "/years/2018", Map.of("households", 100, "poorTargetEndOfYear", 5));
        int targetYear = 2000 + (int) (Math.random() * 90);
        ok(api.as("admin").put("/api/targets/" + targetYear,
                Map.of("targets", List.of(Map.of("code", "POOR_IN_SOLID_HOUSING", "value", 1 + (int) (Math.random() * 99))))));

        String householdKey = UUID.randomUUID().toString();
        LedgerApi.Response registered = api.as("worker").idempotencyKey(householdKey).post("/api/households",
                household(HA_LAN, uniqueCode("HL")));
        String household = registered.json().get("householdId").asText();
        String base = "/api/households/" + household;
        String child = ok(api.as("worker").post(base + "/members",
                member("Nguyễn Văn An", "MALE", "2012-05-05", "CHILD", null))).json().get("memberId").asText();
        ok(api.as("worker").post(base + "/members/" + child + "/attributes",
                Map.of("ethnicity", "06", "disability", "YES", "meritoriousService", "NO")));
        String departureKey = UUID.randomUUID().toString();
        ok(api.as("worker").idempotencyKey(departureKey).post(base + "/members/"
                + registered.json().get("memberIds").get(1).asText() + "/departure", Map.of("reason", "MOVED_OUT", "date", "2018-04-01")));
        ok(api.as("worker").post(base + "/members/" + registered.json().get("memberIds").get(0).asText() + "/departure",
                Map.of("reason", "DIED", "date", "2018-05-01", "newHeadMemberId", child)));

        // POOR, NEAR_POOR, POOR, NEAR_POOR, NOT_POOR: newly poor, escaped, fell back, escaped, escaped near-poverty;
        // the last voided, and the one before it restated.
        long[] incomes = {600_000, 850_000, 600_000, 850_000, 1_500_000};
        String assessment = null;
        for (int i = 0; i < incomes.length; i++) {
            if (i == 4) {
                int thisYear = java.time.LocalDate.now(vn.householdledger.api.time.BusinessCalendar.VIETNAM).getYear();
                ok(api.as("worker").post(base + "/escape-pledges", Map.of("year", thisYear)));
            }
            assessment = ok(api.as("worker").post(base + "/assessments", Map.of("year", 2016 + i, "assessedOn",
                    (2016 + i) + "-11-15", "incomePerCapitaMonthly", incomes[i], "deprivations", List.of(),
                    "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true))).json().get("assessmentId").asText();
        }
        ok(api.as("worker").post(base + "/assessments/" + assessment + "/voiding", Map.of("reason", "Nhập nhầm")));

        String loan = ok(api.as("worker").post(base + "/loans", Map.of("programme", "POOR_HOUSEHOLD", "principal", 10_000_000,
                "annualInterestRatePercent", 6.6, "termMonths", 24, "disbursedOn", "2018-02-01", "lender", "NHCSXH",
                "purpose", "Chăn nuôi", "addresses", List.of("LACK_CAPITAL")))).json().get("loanId").asText();
        String repayment = ok(api.as("worker").post(base + "/loans/" + loan + "/repayments",
                Map.of("amount", 10_000_000, "paidOn", "2018-08-01"))).json().get("repaymentId").asText();
        ok(api.as("worker").post(base + "/loans/" + loan + "/repayments/" + repayment + "/voiding", Map.of("reason", "Ghi nhầm")));
        ok(api.as("worker").post(base + "/health-insurance", Map.of("memberId", child, "cardNumber", "HN4" + uniqueNationalId(),
                "validFrom", "2018-01-01", "validTo", "2018-12-31", "stateSubsidyPercent", 100, "fundingSource", "Ngân sách")));
        String help = ok(api.as("worker").post(base + "/assistance", Map.of("kind", "HOUSING", "description", "Sửa nhà",
                "amount", 5_000_000, "providedOn", "2018-03-01", "fundingSource", "Quỹ vì người nghèo",
                "addresses", List.of("HOUSING_QUALITY")))).json().get("assistanceId").asText();
        ok(api.as("worker").post(base + "/assistance/" + help + "/voiding", Map.of("reason", "Ghi nhầm hộ")));
        ok(api.as("worker").post(base + "/transfer", Map.of("toCommuneCode", BAC_SON, "date", "2019-01-01")));
        ok(api.as("worker").post(base + "/closure", Map.of("reason", "MOVED_AWAY", "date", "2021-01-01")));
        ok(api.as("admin").post("/api/admin/households/" + household + "/erasure", Map.of("reason", "Yêu cầu của chủ hộ")));
        List<String> aggregates = new ArrayList<>(List.of(commune, household, "district-plan-" + targetYear,
                aReviewOfEveryStep().toString()));
        aggregates.addAll(oneOfEachUnitChange());
        return new Recorded(aggregates,
                Map.of("CommuneRegistered", communeKey, "HouseholdRegistered", householdKey, "MemberDeparted", departureKey));
    }

    /** A province, and units that merge, split, are renamed, reclassified and dissolved: the aggregates written. */
    private List<String> oneOfEachUnitChange() {
        String province = uniqueCommuneCode();
        ok(api.as("admin").post("/api/provinces", new RegisterProvinceRequest(province, "Tỉnh Thanh Hóa", "38")));
        List<String> units = List.of(uniqueCommuneCode(), uniqueCommuneCode(), uniqueCommuneCode());
        units.forEach(unit -> ok(api.as("admin").post("/api/communes", new RegisterCommuneRequest(unit, "Xã " + unit,
                CommuneKind.COMMUNE, Area.RURAL, null, province, null, null))));
        LocalDate on = LocalDate.of(2025, 7, 1);
        String act = "Nghị quyết 1686/NQ-UBTVQH15";
        Stream.of(new UnitChangeRequest(null, UnitChangeKind.SPLIT, on, act, List.of(units.get(0)), units.get(1), null, null, null,
                                null, List.of("Thôn Đông")),
                        new UnitChangeRequest(null, UnitChangeKind.RECLASSIFY, on, act, List.of(units.get(1)), null, null,
                                CommuneKind.WARD, Area.URBAN, null, null),
                        new UnitChangeRequest(null, UnitChangeKind.MERGE, on, act, List.of(units.get(0)), units.get(1), "Phường Mới",
                                null, null, null, null),
                        new UnitChangeRequest(null, UnitChangeKind.DISSOLVE, on, act, List.of(units.get(2)), null, null, null, null,
                                null, null))
                .forEach(change -> ok(api.as("admin").post("/api/units/changes", change)));
        List<String> aggregates = new ArrayList<>(units);
        aggregates.add("province-" + province);
        return aggregates;
    }

    /**
     * A periodic review of a past year, in a commune of its own: it becomes overdue as soon as the scheduler
     * finds its due day past; its household is surveyed, agreed, posted, complained about, and decided.
     */
    private UUID aReviewOfEveryStep() {
        ReviewSteps review = ReviewSteps.inAFreshCommune(api, port, jdbc, "worker", "chair");
        UUID household = review.household("Thôn Đông");
        ok(review.open(ReviewKind.PERIODIC, ReviewSteps.YEAR, ReviewSteps.OPENED_ON));
        ok(review.list(household));
        ok(review.survey(household));
        ok(review.meet("Thôn Đông", List.of(household), List.of()));
        ok(review.post(ReviewSteps.POSTED_ON));
        ok(review.resolve(ok(review.complain(household)).json().get("complaintId").asText(), false));
        review.awaitOverdue();
        ok(review.decide(ReviewSteps.POSTING_ENDS_ON));
        review.awaitDecisionReachedItsHouseholds();
        return review.review;
    }

    private static LedgerApi.Response ok(LedgerApi.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    private List<StoredEvent> eventsOf(List<String> aggregates) {
        return jdbc.query("""
                        SELECT aggregate_identifier, payload_type, convert_from(meta_data, 'UTF8')
                          FROM event_store.domain_event_entry WHERE aggregate_identifier = ANY (?) ORDER BY global_index""",
                (rs, i) -> new StoredEvent(rs.getString(1), rs.getString(2).substring(rs.getString(2).lastIndexOf('.') + 1),
                        read(rs.getString(3))),
                (Object) aggregates.toArray(String[]::new));
    }

    private static JsonNode read(String json) {
        try {
            return LedgerApi.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Metadata is not JSON: " + json, e);
        }
    }
}
