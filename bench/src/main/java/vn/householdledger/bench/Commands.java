package vn.householdledger.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.assistance.LoanRequest;
import vn.householdledger.api.household.AssessmentRequest;
import vn.householdledger.api.household.MemberRequest;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.bench.history.EventFile;
import vn.householdledger.standard.PovertyStandards;

/**
 * The review season over HTTP: clients registering households, assessing the province's households in
 * this year's review and disbursing loans to them (one registration and one loan to two assessments),
 * each write as a worker with an Idempotency-Key, against the province loaded at scale. With several command
 * nodes, a household's commands go to the node its id hashes to, as nginx's consistent hash keeps them on one
 * node, and a registration (which names no household yet) to any.
 */
final class Commands {

    private static final AtomicLong NATIONAL_IDS = new AtomicLong(1);
    /** Runs of the phase so far: each registers its households under codes of its own. */
    private static final AtomicLong RUNS = new AtomicLong();

    private final List<Api> nodes;
    private final List<String> communes;
    private final List<UUID> households;
    private final ObjectMapper json = EventFile.serviceMapper();
    private final LocalDate today = LocalDate.now(BusinessCalendar.VIETNAM);
    private final List<String> indicators;

    Commands(Api worker, List<String> communes, List<UUID> openHouseholds) {
        this(List.of(worker), communes, openHouseholds);
    }

    /** The worker's commands sent to {@code nodes}, each the same account at one command node. */
    Commands(List<Api> nodes, List<String> communes, List<UUID> openHouseholds) {
        this.nodes = List.copyOf(nodes);
        this.communes = communes;
        this.households = openHouseholds;
        this.indicators = List.copyOf(PovertyStandards.forReview(ReviewKind.PERIODIC, today.getYear())
                .orElseThrow(() -> new IllegalStateException("No poverty standard governs the review of " + today.getYear()))
                .indicators());
    }

    ClosedLoop.Result run(Options options) throws InterruptedException {
        long run = RUNS.incrementAndGet();
        return ClosedLoop.run(options.clients(), options.warmupSeconds(), options.measureSeconds(), client -> {
            SplittableRandom random = new SplittableRandom(client);
            AtomicLong sent = new AtomicLong();
            return () -> {
                long n = sent.getAndIncrement();
                return switch ((int) (n % 4)) {
                    case 0 -> {
                        String code = run + "-" + client + "-" + n;
                        yield write(nodeOf(code), "registration", "/api/households", registration(random, code));
                    }
                    case 2 -> write(household(random), "loan", "/loans", loan(random));
                    default -> write(household(random), "assessment", "/assessments", assessment(random));
                };
            };
        });
    }

    private String write(Api node, String kind, String path, Object body) throws JsonProcessingException {
        send(node, kind, path, body);
        return kind;
    }

    private String write(UUID household, String kind, String what, Object body) throws JsonProcessingException {
        return write(nodeOf(household), kind, "/api/households/" + household + what, body);
    }

    /** Records {@code assessment} of {@code household}; answers the service's answer, a write's position included. */
    Api.Answer assess(UUID household, AssessmentRequest assessment) throws JsonProcessingException {
        return send(nodeOf(household), "assessment", "/api/households/" + household + "/assessments", assessment);
    }

    /** The node of a household, or of a registration by its code (nginx places a request naming no household by its own id). */
    private Api nodeOf(Object key) {
        return nodes.get(Math.floorMod(key.hashCode(), nodes.size()));
    }

    private Api.Answer send(Api node, String kind, String path, Object body) throws JsonProcessingException {
        Api.Answer answer = node.post(path, json.writeValueAsString(body));
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(kind + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private RegisterHouseholdRequest registration(SplittableRandom random, String code) {
        int village = 1 + random.nextInt(12);
        return new RegisterHouseholdRequest(null, "BENCH-" + code, communes.get(random.nextInt(communes.size())),
                "Thôn " + village, "Số " + (1 + random.nextInt(200)) + ", Thôn " + village, List.of(
                        member("Nguyễn Văn Bình", Sex.MALE, "1978-03-12", Relation.HEAD, nationalId()),
                        member("Lê Thị Hoa", Sex.FEMALE, "1981-07-30", Relation.SPOUSE, nationalId()),
                        member("Nguyễn Thị Mai", Sex.FEMALE, "2012-01-05", Relation.CHILD, null)), today);
    }

    /** This year's assessment of a household as the review season records them: of any class. */
    AssessmentRequest assessment(SplittableRandom random) {
        List<String> deprivations = new ArrayList<>();
        for (String indicator : indicators) {
            if (random.nextDouble() < 0.2) {
                deprivations.add(indicator);
            }
        }
        return new AssessmentRequest(today.getYear(), today, null, (120 + random.nextInt(250)) * 10_000L, deprivations,
                random.nextBoolean() ? List.of(PovertyCause.LACK_CAPITAL) : List.of(PovertyCause.LACK_SKILLS, PovertyCause.LONG_ILLNESS),
                random.nextDouble() < 0.9, null, null);
    }

    /** This year's assessment of a household that is plainly poor (no income to speak of, every deprivation), or plainly not. */
    AssessmentRequest assessment(boolean poor) {
        return poor
                ? new AssessmentRequest(today.getYear(), today, null, 100_000L, indicators, List.of(PovertyCause.LACK_CAPITAL), true,
                        null, null)
                : new AssessmentRequest(today.getYear(), today, null, 50_000_000L, List.of(), List.of(), true, null, null);
    }

    private LoanRequest loan(SplittableRandom random) {
        return new LoanRequest(null, LoanProgramme.POOR_HOUSEHOLD, (2 + random.nextInt(19)) * 5_000_000L, new BigDecimal("6.6"),
                36, today, "Ngân hàng Chính sách xã hội", "Chăn nuôi bò sinh sản", List.of("LACK_CAPITAL"));
    }

    private UUID household(SplittableRandom random) {
        return households.get(random.nextInt(households.size()));
    }

    private static MemberRequest member(String name, Sex sex, String birthDate, Relation relation, String nationalId) {
        return new MemberRequest(null, name, sex, LocalDate.parse(birthDate), relation, nationalId, null, null, null);
    }

    private static String nationalId() {
        return "099" + String.format("%09d", NATIONAL_IDS.getAndIncrement());
    }
}
