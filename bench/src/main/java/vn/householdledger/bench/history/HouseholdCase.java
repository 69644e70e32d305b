package vn.householdledger.bench.history;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.assistance.RecordKind;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.household.Classification;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.ListedStatus;
import vn.householdledger.api.household.PolicyGroup;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.review.ReviewKind;
import vn.householdledger.events.assistance.AssistanceProvided;
import vn.householdledger.events.assistance.HealthInsuranceIssued;
import vn.householdledger.events.assistance.LoanDisbursed;
import vn.householdledger.events.assistance.LoanRepaid;
import vn.householdledger.events.assistance.LoanSettled;
import vn.householdledger.events.assistance.RecordVoided;
import vn.householdledger.events.household.EscapePledged;
import vn.householdledger.events.household.HeadChanged;
import vn.householdledger.events.household.HouseholdAssessed;
import vn.householdledger.events.household.HouseholdBecamePoor;
import vn.householdledger.events.household.HouseholdClosed;
import vn.householdledger.events.household.HouseholdEscapedNearPoverty;
import vn.householdledger.events.household.HouseholdEscapedPoverty;
import vn.householdledger.events.household.HouseholdFellBackIntoPoverty;
import vn.householdledger.events.household.HouseholdRegistered;
import vn.householdledger.events.household.HouseholdTransferred;
import vn.householdledger.events.household.Listing;
import vn.householdledger.events.household.Member;
import vn.householdledger.events.household.MemberDeparted;
import vn.householdledger.events.household.MemberJoined;
import vn.householdledger.standard.PovertyDecision;
import vn.householdledger.standard.PovertyStandard;
import vn.householdledger.standard.PovertyStandards;

/**
 * One household's life, year by year, recording the events its aggregate would have decided: the
 * review is classified by the service's own {@link PovertyStandards}, and since-dates, moves between
 * classes, loans and cards follow the aggregate's rules, so the service replays and extends the
 * generated streams as if it had written them. The state kept here is what those rules need, and
 * what the command side's lookup tables hold at the end.
 */
public final class HouseholdCase {

    private static final AtomicLong NATIONAL_IDS = new AtomicLong(1);
    private static final PovertyCause[] CAUSES = {PovertyCause.LACK_CAPITAL, PovertyCause.LACK_CAPITAL,
            PovertyCause.LACK_CAPITAL, PovertyCause.LACK_LAND, PovertyCause.LACK_MEANS_OF_PRODUCTION, PovertyCause.LACK_LABOUR,
            PovertyCause.LACK_LABOUR, PovertyCause.LACK_JOBS, PovertyCause.LACK_SKILLS, PovertyCause.LACK_SKILLS,
            PovertyCause.MANY_DEPENDANTS, PovertyCause.LONG_ILLNESS, PovertyCause.LONG_ILLNESS, PovertyCause.SOCIAL_EVILS,
            PovertyCause.IDLENESS_OR_SPENDING, PovertyCause.OTHER};
    /** Every deprivation a household can suffer, under the codes of 2021 plus the one only the 2016 standard had. */
    private static final List<String> NEEDS = List.of("HEALTH_SERVICE_ACCESS", "EMPLOYMENT", "DEPENDANTS", "NUTRITION",
            "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING", "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER",
            "SANITARY_TOILET", "TELECOM_USE", "INFORMATION_ASSETS");

    private enum Kind { PLEDGE, BIRTH, MARRIAGE, DEATH, MARRIED_OUT, MOVED_OUT, LOAN, REPAYMENT, ASSISTANCE, VOIDING, TRANSFER,
        CLOSURE, REVIEW, CARDS }

    private record Activity(LocalDate on, Kind kind, Object subject) {
    }

    private static final class Loan {
        final UUID loanId;
        final long principal;
        final int termMonths;
        final LocalDate disbursedOn;
        long outstanding;
        LocalDate lastPaidOn;

        Loan(UUID loanId, long principal, int termMonths, LocalDate disbursedOn) {
            this.loanId = loanId;
            this.principal = principal;
            this.termMonths = termMonths;
            this.disbursedOn = disbursedOn;
            this.outstanding = principal;
        }
    }

    /** About how many events a household followed closely gathers over the history (see {@link #followed}). */
    static final int LONG_HISTORY_EVENTS = 2_000;

    private final UUID householdId;
    private final String code;
    private final ProvinceHistory province;
    private final SplittableRandom random;
    private final Recorder stream;
    private final int registrationYear;
    private final String family;
    private final boolean disabled;
    /**
     * A household followed closely, for the bench's long history: registered in the first year, helped
     * every few days (some {@value #LONG_HISTORY_EVENTS} events in all), and never closed or transferred.
     */
    private final boolean followed;
    private ProvinceHistory.Commune commune;
    private String village;
    private final Map<UUID, Member> members = new LinkedHashMap<>();
    private boolean closed;
    private Classification classification;
    private LocalDate classificationSince;
    private LocalDate leftListsOn;
    private LocalDate escapedPovertyOn;
    private final Set<Integer> pledged = new HashSet<>();
    private double income;
    private final Set<String> needs = new LinkedHashSet<>();
    private final List<Loan> loans = new ArrayList<>();

    HouseholdCase(int index, ProvinceHistory.Commune commune, ProvinceHistory province, SplittableRandom random, boolean followed) {
        this.householdId = Recorder.uuid(random);
        this.code = commune.code() + "-" + String.format("%06d", index + 1);
        this.commune = commune;
        this.province = province;
        this.random = random;
        this.stream = new Recorder(householdId.toString(), "Household", random);
        this.followed = followed;
        this.registrationYear = followed || random.nextDouble() < 0.8 ? ProvinceHistory.FIRST_YEAR
                : ProvinceHistory.FIRST_YEAR + 1 + random.nextInt(ProvinceHistory.LAST_YEAR - ProvinceHistory.FIRST_YEAR);
        this.family = Names.family(random);
        this.disabled = random.nextDouble() < 0.08;
        long line = commune.area() == Area.RURAL ? 1_000_000 : 1_300_000;
        this.income = line * Math.exp(0.35 * random.nextGaussian() - 0.05);
        for (String need : NEEDS) {
            if (random.nextDouble() < 0.2) {
                needs.add(need);
            }
        }
    }

    public UUID householdId() {
        return householdId;
    }

    public String code() {
        return code;
    }

    public String communeCode() {
        return commune.code();
    }

    public boolean open() {
        return !closed;
    }

    /** The village the household was registered in. */
    public String village() {
        return village;
    }

    /** How many events the household's stream holds. */
    public long events() {
        return stream.recorded();
    }

    /** The members present now, each with the national id the command side holds for them (if any). */
    public List<Member> members() {
        return List.copyOf(members.values());
    }

    /** The household's events of {@code year}, in the order they happened. */
    void live(int year, List<EventRow> out) {
        if (closed || year < registrationYear) {
            return;
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        if (year == registrationYear) {
            start = between(LocalDate.of(year, 1, 15), LocalDate.of(year, 8, 31));
            register(start, out);
        }
        List<Activity> plan = plan(year, start);
        plan.sort(Comparator.comparing(Activity::on).thenComparing(Activity::kind));
        for (Activity activity : plan) {
            if (closed) {
                return;
            }
            perform(activity, year, out);
        }
    }

    private List<Activity> plan(int year, LocalDate start) {
        List<Activity> plan = new ArrayList<>();
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate reviewFrom = LocalDate.ofYearDay(year, commune.reviewStart());
        LocalDate review = max(start, reviewFrom.plusDays(random.nextInt(30)));
        boolean listed = listedOn(start);
        if (onLists() && random.nextDouble() < 0.3) {
            plan.add(new Activity(between(max(start, LocalDate.of(year, 2, 1)), LocalDate.of(year, 3, 31)), Kind.PLEDGE, year));
        }
        maybe(plan, 0.06, Kind.BIRTH, start, end);
        maybe(plan, 0.03, Kind.MARRIAGE, start, end);
        maybe(plan, 0.04, Kind.DEATH, start, end);
        maybe(plan, 0.05, Kind.MARRIED_OUT, start, end);
        maybe(plan, 0.02, Kind.MOVED_OUT, start, end);
        if (listed && loans.size() < 2) {
            maybe(plan, 0.22, Kind.LOAN, max(start, LocalDate.of(year, 3, 1)), LocalDate.of(year, 11, 30));
        }
        for (Loan loan : loans) {
            for (LocalDate due = loan.disbursedOn.plusMonths(6); !due.isAfter(end); due = due.plusMonths(6)) {
                if (due.getYear() == year) {
                    plan.add(new Activity(due, Kind.REPAYMENT, loan));
                }
            }
        }
        if (listed) {
            maybe(plan, 0.12, Kind.ASSISTANCE, start, LocalDate.of(year, 11, 30));
        }
        if (followed) {
            long helps = (LONG_HISTORY_EVENTS - stream.recorded()) / (ProvinceHistory.LAST_YEAR - year + 1) - 5;
            for (long i = 0; i < helps; i++) {
                plan.add(new Activity(between(start, LocalDate.of(year, 11, 30)), Kind.ASSISTANCE, null));
            }
        } else {
            maybe(plan, 0.002, Kind.TRANSFER, start, end);
            maybe(plan, 0.004, Kind.CLOSURE, start, end);
        }
        plan.add(new Activity(review, Kind.REVIEW, year));
        plan.add(new Activity(max(review, LocalDate.of(year, 12, 20)).plusDays(random.nextInt(8)), Kind.CARDS, year));
        return plan;
    }

    private void perform(Activity activity, int year, List<EventRow> out) {
        LocalDate on = activity.on();
        switch (activity.kind()) {
            case PLEDGE -> {
                if (onLists() && pledged.add(year)) {
                    record(out, on, new EscapePledged(householdId, year, on));
                }
            }
            case BIRTH -> join(out, on, new Member(Recorder.uuid(random), Names.person(random, sex(), family), sex(), on,
                    Relation.CHILD, null, null, null, null));
            case MARRIAGE -> {
                boolean spouse = members.values().stream().noneMatch(m -> m.relation() == Relation.SPOUSE);
                join(out, on, new Member(Recorder.uuid(random), Names.person(random, Sex.FEMALE, Names.family(random)),
                        Sex.FEMALE, on.minusYears(20 + random.nextInt(10)).minusDays(random.nextInt(365)),
                        spouse ? Relation.SPOUSE : Relation.OTHER, nationalId(), null, null, null));
            }
            case DEATH -> members.values().stream().filter(m -> age(m, on) >= 65).findFirst()
                    .ifPresent(m -> depart(out, on, m, DepartureReason.DIED));
            case MARRIED_OUT -> members.values().stream().filter(m -> m.relation() == Relation.CHILD && age(m, on) >= 20)
                    .findFirst().ifPresent(m -> depart(out, on, m, DepartureReason.MARRIED_OUT));
            case MOVED_OUT -> members.values().stream().filter(m -> m.relation() != Relation.HEAD && age(m, on) >= 18)
                    .findFirst().ifPresent(m -> depart(out, on, m, DepartureReason.MOVED_OUT));
            case LOAN -> lend(out, on);
            case REPAYMENT -> repay(out, on, (Loan) activity.subject());
            case ASSISTANCE -> help(out, on, year);
            case VOIDING -> record(out, on, new RecordVoided(householdId, (UUID) activity.subject(), RecordKind.ASSISTANCE,
                    "Ghi trùng với hồ sơ đã nhập", on));
            case TRANSFER -> {
                ProvinceHistory.Commune to = province.anotherCommune(commune, random);
                record(out, on, new HouseholdTransferred(householdId, commune.code(), to.code(), on));
                commune = to;
            }
            case CLOSURE -> close(out, on, members.size() > 1 ? ClosureReason.MOVED_AWAY : ClosureReason.DISSOLVED);
            case REVIEW -> assess(out, on, year);
            case CARDS -> issueCards(out, on, year);
        }
    }

    private void register(LocalDate on, List<EventRow> out) {
        Sex headSex = random.nextDouble() < 0.75 ? Sex.MALE : Sex.FEMALE;
        int headAge = 25 + random.nextInt(50);
        List<Member> registered = new ArrayList<>();
        registered.add(person(headSex, family, on, headAge, Relation.HEAD));
        if (random.nextDouble() < 0.7) {
            Sex other = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            registered.add(person(other, Names.family(random), on, Math.max(18, headAge - 5 + random.nextInt(8)), Relation.SPOUSE));
        }
        int children = headAge < 60 ? random.nextInt(4) : random.nextInt(2);
        for (int i = 0; i < children; i++) {
            registered.add(person(sex(), family, on, Math.max(0, headAge - 22 - random.nextInt(15)), Relation.CHILD));
        }
        if (headAge < 50 && random.nextDouble() < 0.15) {
            registered.add(person(Sex.FEMALE, Names.family(random), on, headAge + 22 + random.nextInt(10), Relation.PARENT));
        }
        registered.forEach(m -> members.put(m.memberId(), m));
        village = Names.village(random);
        record(out, on, new HouseholdRegistered(householdId, code, commune.code(), village, Names.address(random, village),
                List.copyOf(registered), on));
    }

    /** The yearly review: classified by the standard of its year, then the move between classes, as the aggregate records them. */
    private void assess(List<EventRow> out, LocalDate on, int year) {
        income = income * Math.exp(0.07 + 0.12 * random.nextGaussian()) * (random.nextDouble() < 0.05 ? 0.6 : 1);
        needs.removeIf(need -> random.nextDouble() < 0.15);
        for (String need : NEEDS) {
            if (random.nextDouble() < 0.02) {
                needs.add(need);
            }
        }
        PovertyStandard standard = PovertyStandards.forReview(ReviewKind.PERIODIC, year).orElseThrow();
        List<String> deprivations = deprivationsUnder(standard);
        long assessedIncome = Math.round(income / 10_000) * 10_000;
        PovertyDecision decision = standard.classify(assessedIncome, new LinkedHashSet<>(deprivations), commune.area());
        Classification now = decision.classification();
        List<PovertyCause> causes = now == Classification.NOT_POOR ? List.of() : causes();
        boolean working = !disabled && members.values().stream().anyMatch(m -> age(m, on) >= 15 && age(m, on) < 65);
        LocalDate since = now == classification ? classificationSince : on;
        LocalDate left = now != Classification.NOT_POOR ? null
                : classification == Classification.NOT_POOR ? leftListsOn
                : classification == null ? null : on;
        Classification before = classification;
        List<Object> events = new ArrayList<>();
        events.add(new HouseholdAssessed(householdId, year, on, standard.code(), commune.code(), commune.area(), assessedIncome,
                List.copyOf(deprivations), causes, working, PolicyGroup.of(working), now, decision.basis(),
                decision.explanation(), before, since, left, UUID.nameUUIDFromBytes((householdId + ":" + year).getBytes(StandardCharsets.UTF_8)), ReviewKind.PERIODIC, null, null));
        if (now == Classification.POOR && before != Classification.POOR) {
            events.add(escapedPovertyOn == null ? new HouseholdBecamePoor(householdId, year, on, before)
                    : new HouseholdFellBackIntoPoverty(householdId, year, on, before, escapedPovertyOn));
        } else if (before == Classification.POOR && now != Classification.POOR) {
            events.add(new HouseholdEscapedPoverty(householdId, year, on, now));
            escapedPovertyOn = on;
        } else if (before == Classification.NEAR_POOR && now == Classification.NOT_POOR) {
            events.add(new HouseholdEscapedNearPoverty(householdId, year, on));
        }
        classification = now;
        classificationSince = since;
        leftListsOn = left;
        record(out, on, events.toArray());
    }

    private List<String> deprivationsUnder(PovertyStandard standard) {
        List<String> deprivations = new ArrayList<>();
        for (String indicator : standard.indicators()) {
            String need = indicator.equals("DRINKING_WATER") ? "DOMESTIC_WATER" : indicator;
            if (needs.contains(need)) {
                deprivations.add(indicator);
            }
        }
        return deprivations;
    }

    private List<PovertyCause> causes() {
        PovertyCause first = Names.pick(random, CAUSES);
        PovertyCause second = Names.pick(random, CAUSES);
        return random.nextDouble() < 0.5 || first == second ? List.of(first) : List.of(first, second);
    }

    private void lend(List<EventRow> out, LocalDate on) {
        ListedStatus status = Listing.of(classification, classificationSince, leftListsOn, on).status();
        LoanProgramme programme = switch (status) {
            case POOR -> random.nextDouble() < 0.2 ? LoanProgramme.HOUSING : LoanProgramme.POOR_HOUSEHOLD;
            case NEAR_POOR -> LoanProgramme.NEAR_POOR_HOUSEHOLD;
            case NEWLY_ESCAPED -> LoanProgramme.NEWLY_ESCAPED_HOUSEHOLD;
            case NOT_POOR -> null;
        };
        if (programme == null) {
            return;
        }
        BigDecimal rate = switch (status) {
            case NEAR_POOR -> new BigDecimal("7.92");
            case NEWLY_ESCAPED -> new BigDecimal("8.25");
            default -> new BigDecimal("6.6");
        };
        long principal = (2 + random.nextInt(19)) * 5_000_000L;
        int term = random.nextDouble() < 0.6 ? 36 : 60;
        Loan loan = new Loan(Recorder.uuid(random), principal, term, on);
        loans.add(loan);
        List<String> addresses = programme == LoanProgramme.HOUSING ? List.of("HOUSING_QUALITY", "LACK_CAPITAL")
                : List.of("LACK_CAPITAL");
        record(out, on, new LoanDisbursed(householdId, loan.loanId, programme, principal, rate, term, on,
                "Ngân hàng Chính sách xã hội, PGD " + commune.name(),
                programme == LoanProgramme.HOUSING ? "Sửa chữa nhà ở" : Names.pick(random, PURPOSES), addresses,
                LoanDisbursed.maturityOf(on, term)));
    }

    private static final String[] PURPOSES = {"Chăn nuôi bò sinh sản", "Nuôi lợn", "Trồng keo", "Mua máy cày",
            "Buôn bán nhỏ", "Nuôi gà thả vườn", "Trồng rau màu", "Mở xưởng mộc"};

    private void repay(List<EventRow> out, LocalDate on, Loan loan) {
        if (loan.outstanding == 0) {
            return;
        }
        long instalment = Math.max(1_000_000, loan.principal / (loan.termMonths / 6) / 1_000 * 1_000);
        long amount = Math.min(instalment, loan.outstanding);
        if (ChronoUnit.MONTHS.between(loan.disbursedOn, on) >= loan.termMonths) {
            amount = loan.outstanding;
        }
        loan.outstanding -= amount;
        loan.lastPaidOn = on;
        LoanRepaid repaid = new LoanRepaid(householdId, loan.loanId, Recorder.uuid(random), amount, on, loan.outstanding);
        if (loan.outstanding > 0) {
            record(out, on, repaid);
        } else {
            record(out, on, repaid, new LoanSettled(householdId, loan.loanId, loan.lastPaidOn));
            loans.remove(loan);
        }
    }

    private void help(List<EventRow> out, LocalDate on, int year) {
        AssistanceKind kind = Names.pick(random, AssistanceKind.values());
        UUID assistanceId = Recorder.uuid(random);
        Long amount = kind == AssistanceKind.LEGAL_AID || kind == AssistanceKind.INFORMATION_ACCESS ? null
                : (1 + random.nextInt(40)) * 1_000_000L;
        List<String> addresses = switch (kind) {
            case HOUSING -> List.of("HOUSING_QUALITY");
            case CLEAN_WATER -> List.of(year <= 2020 ? "DRINKING_WATER" : "DOMESTIC_WATER");
            case SANITATION -> List.of("SANITARY_TOILET");
            case EDUCATION -> List.of("CHILD_SCHOOLING");
            case VOCATIONAL_TRAINING, JOB_PLACEMENT, LABOUR_EXPORT -> List.of("LACK_SKILLS", "LACK_JOBS");
            case INFORMATION_ACCESS -> List.of("INFORMATION_ASSETS");
            case PRODUCTION_SUPPORT -> List.of("LACK_MEANS_OF_PRODUCTION");
            default -> List.of();
        };
        record(out, on, new AssistanceProvided(householdId, assistanceId, kind,
                "Hỗ trợ " + kind.name().toLowerCase().replace('_', ' ') + " năm " + year, amount, on,
                "Chương trình MTQG giảm nghèo bền vững", addresses));
        addresses.forEach(needs::remove);
        if (random.nextDouble() < 0.03 && on.isBefore(LocalDate.of(year, 12, 1))) {
            perform(new Activity(on.plusDays(1 + random.nextInt(20)), Kind.VOIDING, assistanceId), year, out);
        }
    }

    /** Cards for next year: every present member of a poor household (the state pays all), some near-poor ones (70 %). */
    private void issueCards(List<EventRow> out, LocalDate on, int year) {
        boolean poor = classification == Classification.POOR;
        if (!poor && (classification != Classification.NEAR_POOR || random.nextDouble() >= 0.25) || random.nextDouble() >= 0.6) {
            return;
        }
        LocalDate from = LocalDate.of(year + 1, 1, 1);
        for (Member member : members.values()) {
            record(out, on, new HealthInsuranceIssued(householdId, Recorder.uuid(random), member.memberId(),
                    "HN" + (poor ? 3 : 2) + "38" + String.format("%010d", random.nextLong(10_000_000_000L)), from,
                    LocalDate.of(year + 1, 12, 31), poor ? 100 : 70, "Ngân sách nhà nước"));
        }
    }

    private void join(List<EventRow> out, LocalDate on, Member member) {
        members.put(member.memberId(), member);
        record(out, on, new MemberJoined(householdId, member, on));
    }

    /** A member leaves; the head's departure names the next head, and the last member's closes the case. */
    private void depart(List<EventRow> out, LocalDate on, Member leaving, DepartureReason reason) {
        if (members.size() == 1) {
            if (!followed) {
                close(out, on, ClosureReason.DISSOLVED);
            }
            return;
        }
        if (leaving.relation() != Relation.HEAD) {
            members.remove(leaving.memberId());
            record(out, on, new MemberDeparted(householdId, leaving.memberId(), reason, on, null));
            return;
        }
        Member next = members.values().stream().filter(m -> !m.equals(leaving))
                .max(Comparator.comparing((Member m) -> m.relation() == Relation.SPOUSE).thenComparing(m -> age(m, on)))
                .orElseThrow();
        members.remove(leaving.memberId());
        members.put(next.memberId(), next.as(Relation.HEAD));
        record(out, on, new MemberDeparted(householdId, leaving.memberId(), reason, on, next.memberId()),
                new HeadChanged(householdId, next.memberId(), next.fullName(), on, null));
    }

    private void close(List<EventRow> out, LocalDate on, ClosureReason reason) {
        closed = true;
        record(out, on, new HouseholdClosed(householdId, reason, on));
    }

    private void record(List<EventRow> out, LocalDate on, Object... events) {
        stream.record(out, on, commune.worker(), commune.clientAddress(random), events);
    }

    private Member person(Sex sex, String familyName, LocalDate on, int age, Relation relation) {
        LocalDate birth = on.minusYears(age).minusDays(random.nextInt(365));
        return new Member(Recorder.uuid(random), Names.person(random, sex, familyName), sex, birth, relation,
                age >= 14 ? nationalId() : null, null, null, null);
    }

    private static String nationalId() {
        return "038" + String.format("%09d", NATIONAL_IDS.getAndIncrement());
    }

    private Sex sex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private boolean onLists() {
        return classification == Classification.POOR || classification == Classification.NEAR_POOR;
    }

    private boolean listedOn(LocalDate day) {
        return classification != null && Listing.of(classification, classificationSince, leftListsOn, day).status().listed();
    }

    private void maybe(List<Activity> plan, double probability, Kind kind, LocalDate from, LocalDate to) {
        if (random.nextDouble() < probability && !from.isAfter(to)) {
            plan.add(new Activity(between(from, to), kind, null));
        }
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static long age(Member member, LocalDate on) {
        return ChronoUnit.YEARS.between(member.birthDate(), on);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
