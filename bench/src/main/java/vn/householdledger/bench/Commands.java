package vn.householdledger.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.bench.history.EventFile;
import vn.householdledger.standard.PovertyStandards;

/**
 * The review season over HTTP: clients registering households, assessing the province's households in
 * this year's review and disbursing loans to them (one registration and one loan to two assessments),
 * each write as a worker with an Idempotency-Key, against the province loaded at scale.
 */
final class Commands {

    private static final AtomicLong NATIONAL_IDS = new AtomicLong(1);

    private final Api worker;
    private final List<String> communes;
    private final List<UUID> households;
    private final ObjectMapper json = EventFile.serviceMapper();
    private final LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);
    private final List<String> indicators;

    Commands(Api worker, List<String> communes, List<UUID> openHouseholds) {
        this.worker = worker;
        this.communes = communes;
        this.households = openHouseholds;
        this.indicators = List.copyOf(PovertyStandards.forReview(ReviewKind.PERIODIC, today.getYear())
                .orElseThrow(() -> new IllegalStateException("No poverty standard governs the review of " + today.getYear()))
                .indicators());
    }

    ClosedLoop.Result run(Options options) throws InterruptedException {
        return ClosedLoop.run(options.clients(), options.warmupSeconds(), options.measureSeconds(), client -> {
            SplittableRandom random = new SplittableRandom(client);
            AtomicLong sent = new AtomicLong();
            return () -> {
                long n = sent.getAndIncrement();
                return switch ((int) (n % 4)) {
                    case 0 -> write("registration", "/api/households", registration(random, client, n));
                    case 2 -> write("loan", "/api/households/" + household(random) + "/loans", loan(random));
                    default -> write("assessment", "/api/households/" + household(random) + "/assessments", assessment(random));
                };
            };
        });
    }

    private String write(String kind, String path, Map<String, Object> body) throws JsonProcessingException {
        Api.Answer answer = worker.post(path, json.writeValueAsString(body));
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(kind + " answered " + answer.status() + ": " + answer.body());
        }
        return kind;
    }

    private Map<String, Object> registration(SplittableRandom random, int client, long n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "BENCH-" + client + "-" + n);
        body.put("communeCode", communes.get(random.nextInt(communes.size())));
        body.put("village", "Thôn " + (1 + random.nextInt(12)));
        body.put("address", "Số " + (1 + random.nextInt(200)) + ", Thôn " + (1 + random.nextInt(12)));
        body.put("members", List.of(
                member("Nguyễn Văn Bình", "MALE", "1978-03-12", "HEAD", nationalId()),
                member("Lê Thị Hoa", "FEMALE", "1981-07-30", "SPOUSE", nationalId()),
                member("Nguyễn Thị Mai", "FEMALE", "2012-01-05", "CHILD", null)));
        body.put("registeredOn", today.toString());
        return body;
    }

    private Map<String, Object> assessment(SplittableRandom random) {
        List<String> deprivations = new ArrayList<>();
        for (String indicator : indicators) {
            if (random.nextDouble() < 0.2) {
                deprivations.add(indicator);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", today.getYear());
        body.put("assessedOn", today.toString());
        body.put("incomePerCapitaMonthly", (120 + random.nextInt(250)) * 10_000L);
        body.put("deprivations", deprivations);
        body.put("causes", random.nextBoolean() ? List.of("LACK_CAPITAL") : List.of("LACK_SKILLS", "LONG_ILLNESS"));
        body.put("hasWorkingMember", random.nextDouble() < 0.9);
        return body;
    }

    private Map<String, Object> loan(SplittableRandom random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", "POOR_HOUSEHOLD");
        body.put("principal", (2 + random.nextInt(19)) * 5_000_000L);
        body.put("annualInterestRatePercent", 6.6);
        body.put("termMonths", 36);
        body.put("disbursedOn", today.toString());
        body.put("lender", "Ngân hàng Chính sách xã hội");
        body.put("purpose", "Chăn nuôi bò sinh sản");
        body.put("addresses", List.of("LACK_CAPITAL"));
        return body;
    }

    private UUID household(SplittableRandom random) {
        return households.get(random.nextInt(households.size()));
    }

    private static Map<String, Object> member(String name, String sex, String birthDate, String relation, String nationalId) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fullName", name);
        member.put("sex", sex);
        member.put("birthDate", birthDate);
        member.put("relation", relation);
        member.put("nationalId", nationalId);
        return member;
    }

    private static String nationalId() {
        return "099" + String.format("%09d", NATIONAL_IDS.getAndIncrement());
    }
}
