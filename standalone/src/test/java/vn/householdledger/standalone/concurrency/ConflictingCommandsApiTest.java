package vn.householdledger.standalone.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Many clients at once send conflicting commands to the same few households — assessments, members
 * joining and departing (with national ids they fight over), loans, repayments (some retried with the
 * same Idempotency-Key at the same moment), insurance cards with overlapping periods, assistance,
 * voidings, transfers and closures. Afterwards the event store itself is checked: each history is
 * numbered 0..n-1, every accepted request left its event exactly once and nothing else was written,
 * no loan owes less than nothing, no member holds overlapping cards, a closed case took nothing
 * more, a national id is held by one open household, and the read models say what the history says.
 */
class ConflictingCommandsApiTest extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(ConflictingCommandsApiTest.class);
    private static final int THREADS = 12;
    private static final int OPERATIONS = 40;
    private static final int HOUSEHOLDS = 3;
    private static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 400, 404, 409);

    @Autowired
    private HouseholdKeys keys;

    /** What the test knows of one household: its ids, and what accepted answers said was created. */
    private static final class Known {
        final UUID id;
        final UUID head;
        final List<UUID> members = new CopyOnWriteArrayList<>();
        final List<UUID> loans = new CopyOnWriteArrayList<>();
        /** Each accepted repayment with its loan. */
        final List<UUID[]> repayments = new CopyOnWriteArrayList<>();
        /** Per kind of request, the ids (or the answers) of those accepted. */
        final Map<String, List<String>> accepted = new ConcurrentHashMap<>();
        /** The outstanding each accepted repayment answered, by repayment id. */
        final Map<String, Long> answeredOutstanding = new ConcurrentHashMap<>();

        Known(UUID id, UUID head) {
            this.id = id;
            this.head = head;
        }

        void accept(String kind, String value) {
            accepted.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(value);
        }

        List<String> accepted(String kind) {
            return accepted.getOrDefault(kind, List.of());
        }
    }

    private final List<Known> households = new ArrayList<>();
    private final List<String> sharedNationalIds = IntStream.range(0, 4).mapToObj(i -> uniqueNationalId()).toList();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

    @Test
    void conflictingCommandsLoseNothingDuplicateNothingAndBreakNoRule() throws Exception {
        long seed = Long.getLong("concurrency.seed", new SecureRandom().nextLong());
        log.info("Conflicting commands: {} threads x {} operations on {} households, seed {}", THREADS, OPERATIONS,
                HOUSEHOLDS, seed);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(prepare());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(seed + t);
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int op = 0; op < OPERATIONS; op++) {
                        operate(random, pool);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        log.info("Conflicting commands, seed {}: answers by status {}", seed, new TreeMap<>(statuses));

        assertThat(failures).as("seed %d", seed).isEmpty();
        for (Known household : households) {
            checkHistory(household, seed);
        }
        checkNationalIdsHeldOnce(seed);
    }

    private void operate(Random random, ExecutorService pool) throws Exception {
        Known h = households.get(random.nextInt(HOUSEHOLDS));
        String base = "/api/households/" + h.id;
        int dice = random.nextInt(100);
        if (dice < 10) {
            LedgerApi.Response r = send("assessment", worker().post(base + "/assessments", assessment(random)));
            accepted(r, h, "assessment", r2 -> r2.json().get("classification").asText());
        } else if (dice < 20) {
            Map<String, Object> child = member("Con " + random.nextInt(1000), "FEMALE", "2010-02-02", "CHILD", nationalId(random));
            child.put("joinedOn", "2019-01-01");
            LedgerApi.Response r = send("join", worker().post(base + "/members", child));
            accepted(r, h, "join", r2 -> r2.json().get("memberId").asText());
            if (r.status() == 201) {
                h.members.add(UUID.fromString(r.json().get("memberId").asText()));
            }
        } else if (dice < 26 && !h.members.isEmpty()) {
            UUID leaving = h.members.get(random.nextInt(h.members.size()));
            LedgerApi.Response r = send("departure", worker().post(base + "/members/" + leaving + "/departure",
                    Map.of("reason", "MOVED_OUT", "date", "2019-06-01")));
            accepted(r, h, "departure", r2 -> leaving.toString());
        } else if (dice < 32) {
            Map<String, Object> loan = Map.of("programme", "POOR_HOUSEHOLD", "principal", 5_000_000 + random.nextInt(4) * 1_000_000L,
                    "annualInterestRatePercent", 6.6, "termMonths", 36, "disbursedOn", "2018-03-15",
                    "lender", "Ngân hàng Chính sách xã hội", "purpose", "Chăn nuôi");
            LedgerApi.Response r = send("loan", worker().post(base + "/loans", loan));
            accepted(r, h, "loan", r2 -> r2.json().get("loanId").asText());
            if (r.status() == 201) {
                h.loans.add(UUID.fromString(r.json().get("loanId").asText()));
            }
        } else if (dice < 52 && !h.loans.isEmpty()) {
            repay(random, pool, h, base);
        } else if (dice < 64) {
            List<UUID> holders = new ArrayList<>(h.members);
            holders.add(h.head);
            UUID holder = holders.get(random.nextInt(holders.size()));
            LocalDate from = LocalDate.of(2019, 1, 1).plusMonths(6L * random.nextInt(4));
            LedgerApi.Response r = send("card", worker().post(base + "/health-insurance", Map.of("memberId", holder.toString(),
                    "cardNumber", "HN438" + String.format("%010d", random.nextInt(1_000_000)), "validFrom", from.toString(),
                    "validTo", from.plusYears(1).minusDays(1).toString(), "stateSubsidyPercent", 100,
                    "fundingSource", "Ngân sách nhà nước")));
            accepted(r, h, "card", r2 -> r2.json().get("cardId").asText());
        } else if (dice < 72) {
            LedgerApi.Response r = send("assistance", worker().post(base + "/assistance", Map.of("kind", "SANITATION",
                    "description", "Nhà tiêu", "amount", 1_000_000, "providedOn", "2019-03-01", "fundingSource", "Chương trình 135")));
            accepted(r, h, "assistance", r2 -> r2.json().get("assistanceId").asText());
        } else if (dice < 80 && !h.repayments.isEmpty()) {
            UUID[] paid = h.repayments.get(random.nextInt(h.repayments.size()));
            UUID repayment = paid[0];
            UUID loan = paid[1];
            LedgerApi.Response r = send("voiding", worker().post(base + "/loans/" + loan + "/repayments/" + repayment
                    + "/voiding", Map.of("reason", "Ghi nhầm")));
            accepted(r, h, "voiding", r2 -> repayment.toString());
        } else if (dice < 88) {
            String to = random.nextBoolean() ? HA_LAN : BAC_SON;
            LedgerApi.Response r = send("transfer", worker().post(base + "/transfer", Map.of("toCommuneCode", to,
                    "date", "2019-07-01")));
            accepted(r, h, "transfer", r2 -> to);
        } else if (dice < 90 && households.indexOf(h) > 0) {
            LedgerApi.Response r = send("closure", worker().post(base + "/closure", Map.of("reason", "MERGED",
                    "date", "2019-08-01")));
            accepted(r, h, "closure", r2 -> "closed");
        }
    }

    /** A repayment, one time in four sent twice at the same moment with the same Idempotency-Key. */
    private void repay(Random random, ExecutorService pool, Known h, String base) throws Exception {
        UUID loan = h.loans.get(random.nextInt(h.loans.size()));
        Map<String, Object> body = Map.of("amount", 1_000_000L * (1 + random.nextInt(3)), "paidOn", "2019-06-01");
        String path = base + "/loans/" + loan + "/repayments";
        List<LedgerApi.Response> answers = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            String key = UUID.randomUUID().toString();
            Future<LedgerApi.Response> twin = pool.submit(() -> worker().idempotencyKey(key).post(path, body));
            answers.add(worker().idempotencyKey(key).post(path, body));
            answers.add(twin.get());
            if (answers.get(0).status() != answers.get(1).status()
                    || answers.get(0).status() == 201 && !answers.get(0).json().equals(answers.get(1).json())) {
                failures.add("two requests with one Idempotency-Key answered differently: " + answers);
            }
        } else {
            answers.add(worker().post(path, body));
        }
        LedgerApi.Response r = send("repayment", answers.get(0));
        if (r.status() == 201) {
            String repayment = r.json().get("repaymentId").asText();
            h.accept("repayment", repayment);
            h.answeredOutstanding.put(repayment, r.json().get("outstanding").asLong());
            h.repayments.add(new UUID[] {UUID.fromString(repayment), loan});
        }
    }

    private LedgerApi.Response send(String kind, LedgerApi.Response response) {
        statuses.merge(response.status(), 1, Integer::sum);
        if (!ACCEPTABLE.contains(response.status())) {
            failures.add(kind + " answered " + response);
        }
        return response;
    }

    private static void accepted(LedgerApi.Response r, Known h, String kind,
                                 java.util.function.Function<LedgerApi.Response, String> id) {
        if (r.status() == 200 || r.status() == 201) {
            h.accept(kind, id.apply(r));
        }
    }

    private void checkHistory(Known h, long seed) {
        StoredHistory history = StoredHistory.of(jdbc, keys, h.id);
        String about = "household " + h.id + ", seed " + seed;
        assertThat(history.events.stream().map(StoredHistory.Event::sequence).toList()).as(about)
                .isEqualTo(IntStream.range(0, history.events.size()).mapToObj(i -> (long) i).toList());

        assertThat(history.ids("MemberJoined", "member", "memberId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("join"));
        assertThat(history.ids("MemberDeparted", "memberId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("departure"));
        assertThat(history.ids("LoanDisbursed", "loanId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("loan"));
        assertThat(history.ids("LoanRepaid", "repaymentId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("repayment"));
        assertThat(history.ids("HealthInsuranceIssued", "cardId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("card"));
        assertThat(history.ids("AssistanceProvided", "assistanceId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("assistance"));
        assertThat(history.ids("RecordVoided", "recordId")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("voiding"));
        assertThat(history.ids("HouseholdTransferred", "toCommuneCode")).as(about).containsExactlyInAnyOrderElementsOf(h.accepted("transfer"));
        assertThat(history.count("HouseholdAssessed")).as(about).isEqualTo(1 + h.accepted("assessment").size());
        assertThat(history.count("HouseholdClosed")).as(about).isEqualTo(h.accepted("closure").size()).isLessThanOrEqualTo(1);
        h.answeredOutstanding.forEach((repayment, outstanding) -> assertThat(history.events.stream()
                .filter(e -> e.type().equals("LoanRepaid") && e.data().get("repaymentId").asText().equals(repayment))
                .map(e -> e.data().get("outstandingAfter").asLong())).as(about).containsExactly(outstanding));

        history.loans.forEach((loan, stored) -> assertThat(stored.outstanding()).as(about + ", loan " + loan).isNotNegative());
        assertThat(history.lowestOutstandingAfter.values()).as(about).allSatisfy(v -> assertThat(v).isNotNegative());
        List<StoredHistory.Card> counting = new ArrayList<>(history.countingCards());
        for (int i = 0; i < counting.size(); i++) {
            for (int j = i + 1; j < counting.size(); j++) {
                assertThat(counting.get(i).overlaps(counting.get(j))).as(about + ": " + counting.get(i) + " and " + counting.get(j))
                        .isFalse();
            }
        }
        if (history.closedAt != null) {
            assertThat(history.events.get(history.events.size() - 1).sequence()).as(about + ": events after the closure")
                    .isEqualTo(history.closedAt);
        }
        checkReadModels(h, history, about);
    }

    /** The household as a consistent read shows it, and its history through the API, match the event store. */
    private void checkReadModels(Known h, StoredHistory history, String about) {
        JsonNode view = api.as("auditor").consistent().get("/api/households/" + h.id).json();
        assertThat(view.get("communeCode").asText()).as(about).isEqualTo(history.commune);
        assertThat(view.get("closed").asBoolean()).as(about).isEqualTo(history.closedAt != null);
        assertThat(ids(view.get("members"), "memberId")).as(about)
                .containsExactlyInAnyOrderElementsOf(history.presentMembers.keySet().stream().map(UUID::toString).toList());
        Map<String, Long> outstanding = new HashMap<>();
        view.get("loans").forEach(l -> outstanding.put(l.get("loanId").asText(), l.get("outstanding").asLong()));
        assertThat(outstanding).as(about).isEqualTo(history.loans.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().outstanding())));
        Map<String, Boolean> cards = new LinkedHashMap<>();
        view.get("insurance").forEach(c -> cards.put(c.get("cardId").asText(), c.get("voided").asBoolean()));
        assertThat(cards).as(about).isEqualTo(history.cards.keySet().stream()
                .collect(Collectors.toMap(UUID::toString, history.voided::contains)));
        JsonNode events = api.as("auditor").get("/api/households/" + h.id + "/history").json().get("events");
        assertThat(events.size()).as(about).isEqualTo(history.events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("type").asText()).as(about).isEqualTo(history.events.get(i).type());
        }
    }

    /** A national id is held by a present member of one open household at most. */
    private void checkNationalIdsHeldOnce(long seed) {
        Map<String, List<UUID>> holders = new HashMap<>();
        for (Known h : households) {
            StoredHistory history = StoredHistory.of(jdbc, keys, h.id);
            if (history.closedAt == null) {
                history.presentMembers.values().stream().filter(id -> id != null)
                        .forEach(id -> holders.computeIfAbsent(id, k -> new ArrayList<>()).add(h.id));
            }
        }
        holders.forEach((nationalId, households) -> assertThat(households).as("national id %s, seed %d", nationalId, seed)
                .hasSize(1));
    }

    private Known prepare() {
        UUID id = registerHousehold(HA_LAN);
        LedgerApi.Response assessed = worker().post("/api/households/" + id + "/assessments", Map.of("year", 2018,
                "assessedOn", "2018-10-01", "incomePerCapitaMonthly", 500_000, "deprivations", List.of(),
                "causes", List.of("LACK_CAPITAL"), "hasWorkingMember", true));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        JsonNode members = worker().consistent().get("/api/households/" + id).json().get("members");
        UUID head = null;
        for (JsonNode member : members) {
            if (member.get("relation").asText().equals("HEAD")) {
                head = UUID.fromString(member.get("memberId").asText());
            }
        }
        Known known = new Known(id, head);
        for (JsonNode member : members) {
            if (!member.get("relation").asText().equals("HEAD")) {
                known.members.add(UUID.fromString(member.get("memberId").asText()));
            }
        }
        return known;
    }

    private static Map<String, Object> assessment(Random random) {
        List<String> indicators = new ArrayList<>(List.of("ADULT_EDUCATION", "CHILD_SCHOOLING", "HEALTH_SERVICE_ACCESS",
                "HEALTH_INSURANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITARY_TOILET"));
        Collections.shuffle(indicators, random);
        List<String> causes = new ArrayList<>(List.of("LACK_CAPITAL", "LACK_LAND", "LACK_SKILLS", "LONG_ILLNESS"));
        Collections.shuffle(causes, random);
        return Map.of("year", 2018, "assessedOn", LocalDate.of(2018, 10, 1).plusDays(random.nextInt(60)).toString(),
                "incomePerCapitaMonthly", 400_000 + 100_000L * random.nextInt(10),
                "deprivations", indicators.subList(0, random.nextInt(5)), "causes", causes.subList(0, 1 + random.nextInt(3)),
                "hasWorkingMember", random.nextBoolean());
    }

    /** None, a fresh one, or one of a few that every client fights over. */
    private String nationalId(Random random) {
        int dice = random.nextInt(10);
        return dice < 5 ? null : dice < 8 ? uniqueNationalId() : sharedNationalIds.get(random.nextInt(sharedNationalIds.size()));
    }

    private LedgerApi.Request worker() {
        return api.as("worker");
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }
}
